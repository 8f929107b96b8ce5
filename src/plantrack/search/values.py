"""Value and when answers: the matched target record, in the plan's own words.

    宁波要引进多少海外优秀人才？ -> 新集聚海外优秀人才800名以上（2030年）
    海外优秀人才800名的目标是哪年？ -> 2030年：新集聚海外优秀人才800名以上

Only the target the question names is answered: among the targets of the best passages, the one
whose metric the question shares most of (its character pairs) wins, so a sibling of the same
clause (国内一流科技领军人才500名左右) is not added; several targets of one clause answer together
only when the question names them alike (数字农业工厂、数字化种养基地分别要达到多少). The wording
keeps the plan's comparator words (以上/左右/以内/超过/力争), its verb and its lead (新集聚, 累计).
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import Connection, select

from plantrack.model import Target, TargetKind
from plantrack.search.index import SearchHit, add_locations
from plantrack.search.reply import (
    MIN_COVERAGE,
    Answer,
    Retrieved,
    best_clause,
    citations,
    node_text,
)

CMP_ZH = {">=": "达到", ">": "超过", "~": "达到", "<=": "不超过", "<": "低于", "=": "保持在"}
SUFFIX = re.compile(r"(?:以上|左右|以内|以下|之内|之上)")
VERB = re.compile(
    r"(?:力争)?(?:要)?(?:分别)?(?:达到|超过|突破|提高到|提高至|提升至|提升到|增加到|增至|降至|"
    r"降低到|下降|缩小到|控制在|保持在|稳定在|不低于|不超过|达)$"
)
YEAR_LEAD = re.compile(r"^(?:到|至|截至)?20\d\d年(?:底|末)?[，,]?")
SIBLING_MARGIN = 0.15  # a sibling target answers too when the question names it about as well
UNIT_CUES = (
    (re.compile(r"比重|比例|占比|百分之|百分比|覆盖率|普及率|增长率|增速|[^效]率"), ("%",)),
    (re.compile(r"[多少几]+家"), ("家",)),
    (re.compile(r"[多少几]+个"), ("个",)),
    (re.compile(r"[多少几]+[名人位]"), ("名", "人", "万人", "人次")),
    (re.compile(r"亿元"), ("亿元",)),
    (re.compile(r"万元"), ("万元",)),
)


def value_answer(conn: Connection, found: Retrieved) -> Answer | None:
    """The matched target(s) in the plan's words; with none, the best clause with a number."""
    chosen = matched_targets(conn, found)
    if chosen:
        text = "；".join(plan_wording(t, [s.metric for _h, s in chosen]) for _h, t in chosen)
        return Answer(text, "target", citations(chosen[0][0], found.hits))
    units = unit_cue(found.question)
    prefer = "|".join(re.escape(u) for u in units) if units else None
    for hit in found.hits[:3]:  # no target record fits: the best clause that states a number
        clause = best_clause(
            node_text(conn, hit) if hit.kind == "sentence" else hit.text,
            hit.terms,
            need=r"\d+(?:\.\d+)?(?![\d.]|年)|[一二三四五六七八九十百千万]+[个家名项]",
            prefer=prefer,
        )
        if clause:
            held = _targets_of_clause(conn, hit, clause, found.question)
            if held:
                text = "；".join(plan_wording(t, [s.metric for s in held]) for t in held)
                return Answer(text, "target", citations(hit, found.hits))
            return Answer(clause, "passage", citations(hit, found.hits))
    return None


def _targets_of_clause(
    conn: Connection, hit: SearchHit, clause: str, question: str
) -> list[Target]:
    """The targets a clause states, narrowed to the one the question names (and siblings it
    names as well): the clause 新集聚国内一流科技领军人才500名左右、海外优秀人才800名以上 answers
    海外人才…多少人 with the second only."""
    from plantrack.store.plans import list_targets

    held = [
        t
        for t in list_targets(conn, hit.plan_id)
        if t.location.node == hit.node and (t.text in clause or clause.strip() in t.text)
    ]
    if not held:
        return []
    match = {t.id: metric_match(question, t.metric) for t in held}
    top = max(match.values())
    return [t for t in held if match[t.id] >= top - SIBLING_MARGIN]


def when_answer(conn: Connection, found: Retrieved) -> Answer | None:
    """The deadline of the matched target (2030年：…), else the year the best clause names."""
    chosen = matched_targets(conn, found)
    if chosen and chosen[0][1].deadline:
        hit, target = chosen[0]
        words = plan_wording(target, [t.metric for _h, t in chosen], deadline=False)
        return Answer(f"{target.deadline}年：{words}", "deadline", citations(hit, found.hits))
    for hit in found.hits[:3]:
        clause = best_clause(node_text(conn, hit), hit.terms, need=r"20\d\d年")
        if clause:
            return Answer(clause, "deadline", citations(hit, found.hits))
    return None


# -- which target ------------------------------------------------------------------------------
def matched_targets(conn: Connection, found: Retrieved) -> list[tuple[SearchHit, Target]]:
    """The target the question asks about (and siblings it names as well), in plan order."""
    from plantrack.store.plans import get_target

    seen: set[tuple[int, str]] = set()
    candidates: list[tuple[SearchHit, Target]] = []
    best = found.best.coverage
    for hit in found.ranked:
        if hit.kind != "target" or not hit.ref or (hit.plan_id, hit.ref) in seen:
            continue
        seen.add((hit.plan_id, hit.ref))
        # the target must be about as relevant as the best passage of any kind
        if hit.coverage >= 0.8 * best and hit.coverage >= MIN_COVERAGE:
            candidates.append((hit, get_target(conn, hit.plan_id, hit.ref)))
        if len(seen) >= 8:
            break
    if not candidates:
        return []
    units = unit_cue(found.question)
    match = {id(t): metric_match(found.question, t.metric) for _h, t in candidates}

    def score(pair: tuple[SearchHit, Target]) -> float:
        hit, target = pair
        bonus = 0.1 if units and target.unit in units else 0.0
        return hit.coverage + 0.5 * match[id(target)] + bonus

    top_hit, top = max(candidates, key=score)
    chosen = [
        (h, t)
        for h, t in candidates
        if t is top
        or (
            h.node == top_hit.node
            and h.plan_id == top_hit.plan_id
            and t.text == top.text
            and match[id(t)] >= match[id(top)] - SIBLING_MARGIN
            and h.coverage >= 0.8 * top_hit.coverage
        )
    ]
    chosen.sort(key=lambda pair: _target_order(pair[0]))
    add_locations(conn, [h for h, _t in chosen])
    return chosen


def metric_match(question: str, metric: str) -> float:
    """The share of a metric's character pairs (and Latin/digit words) the question contains."""
    q, m = _fold(question), _fold(metric)
    pairs = {m[i : i + 2] for i in range(len(m) - 1) if _han(m[i]) and _han(m[i + 1])}
    pairs |= set(re.findall(r"[a-z0-9.\-]{2,}", m))
    if not pairs:
        return 0.0
    return sum(1 for p in pairs if p in q) / len(pairs)


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).lower()


def _han(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def _target_order(hit: SearchHit) -> tuple[int, int]:
    """Targets of one node in document order: their ids end in t1, t2, …"""
    match = re.search(r"t(\d+)$", hit.ref or "")
    return (hit.span or (0, 0))[0], int(match.group(1)) if match else 0


def unit_cue(question: str) -> tuple[str, ...]:
    """The units a quantity question asks for: 比重 -> %, 多少家 -> 家; () when it does not say."""
    for pattern, units in UNIT_CUES:
        if pattern.search(question):
            return units
    return ()


def units_of(conn: Connection, hits: list[SearchHit]) -> dict[str | None, str | None]:
    """{target id: unit} of target hits (one query per plan)."""
    from plantrack.store.schema import targets

    out: dict[str | None, str | None] = {}
    for plan_id in {h.plan_id for h in hits}:
        refs = [h.ref for h in hits if h.plan_id == plan_id and h.ref]
        stmt = select(targets.c.target_id, targets.c.unit).where(
            targets.c.plan_id == plan_id, targets.c.target_id.in_(refs)
        )
        out.update(dict(conn.execute(stmt).all()))
    return out


# -- in the plan's words -----------------------------------------------------------------------
def plan_wording(t: Target, clause_metrics: list[str] | None = None, deadline: bool = True) -> str:
    """新集聚海外优秀人才800名以上（2030年）: lead, metric, verb, figure and comparator words as
    the plan writes them; `clause_metrics` are the metrics of the targets sharing its clause."""
    when = f"（{t.deadline}年）" if deadline and t.deadline else ""
    text = YEAR_LEAD.sub("", t.text.strip())
    if t.value is None or (t.kind == TargetKind.QUALITATIVE and t.milestone):
        return (text if t.metric in text or t.milestone else f"{t.metric}：{text}") + when
    if t.kind == TargetKind.MULTIPLE:
        start = text.find(t.metric)
        if start >= 0 and "翻" in text:
            return text[start:] + when
        return f"{t.metric}增长至{_number(t.value)}倍{when}"
    worded = _worded(t, text, clause_metrics or [t.metric])
    if worded is None:  # the figure is not written as a number (三千): from the record
        worded = f"{t.metric}{CMP_ZH.get(t.comparator or '>=', '达到')}{_number(t.value)}"
        worded += t.unit or ""
        worded = ("力争" if t.aspiration else "") + worded
    return worded + when


def _worded(t: Target, text: str, clause_metrics: list[str]) -> str | None:
    start = max(text.find(t.metric), 0)
    figure = re.compile(rf"(?<![\d.]){re.escape(_number(t.value))}\s*{re.escape(t.unit or '')}")
    found = figure.search(text, start) or figure.search(text)
    if not found:
        return None
    after = SUFFIX.match(text, found.end())
    if t.value_max is not None:  # a range: 4.5%—5%
        upto = re.search(rf"{re.escape(_number(t.value_max))}\s*{re.escape(t.unit or '')}", text)
        figure_text = text[found.start() : upto.end()] if upto else found.group()
    else:
        figure_text = found.group() + (after.group() if after else "")
    at = text.find(t.metric)
    gap = text[at + len(t.metric) : found.start()] if 0 <= at < found.start() else None
    others = [m for m in clause_metrics if m != t.metric]
    if gap is not None and len(gap) <= 8 and "、" not in gap and not any(m in gap for m in others):
        verb = gap.replace("分别", "")
    else:
        before = VERB.search(text[: found.start()])
        verb = before.group().replace("分别", "") if before else CMP_ZH.get(t.comparator or ">=")
    lead = _lead(text, [t.metric, *others])
    head = "力争" if t.aspiration and "力争" not in lead + (verb or "") else ""
    return f"{head}{lead}{t.metric}{verb or ''}{figure_text}"


def _lead(text: str, metrics: list[str]) -> str:
    """The words before the clause's first metric (新集聚, 累计部署, 力争), when short."""
    positions = [text.find(m) for m in metrics if text.find(m) > 0]
    if not positions:
        return ""
    lead = text[: min(positions)]
    return lead if len(lead) <= 8 and not re.search(r"[，,、。；]", lead) else ""


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def describe_target(t: Target) -> str:
    """高性能算力规模超过10EFLOPS（2030年）: one target in the plan's own words."""
    return plan_wording(t)
