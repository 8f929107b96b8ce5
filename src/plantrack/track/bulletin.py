"""Figures from a statistical bulletin (统计公报) proposed as observations of a plan's targets.

A bulletin sentence such as “全年金融业增加值2150亿元，增长6.1%” holds figures; each figure gets the
words before it in its clause as its metric (全年金融业增加值), a flag for how it counts (新增 = a
flow, 累计 = a running total, 增长/下降 = a rate of change) and is matched to the targets whose unit
converts and whose metric the clause contains, with a confidence:

    confidence = coverage × kind factor × margin
    coverage = share of the target metric's character bigrams found in the clause (0–1)
    kind factor = 1.0 when the figure counts the way the target does (新增 ↔ increment/annual,
                  累计 ↔ cumulative, a stock ↔ level), lower otherwise (see _KIND_FACTOR)
    margin = 1.0, or 0.75 when another target matches the same figure nearly as well

`--apply` records the proposals at or above the threshold; the rest are listed for a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection

from plantrack.errors import PlantrackError, ReadError
from plantrack.model import Plan, Target
from plantrack.parse.context import five_year_end
from plantrack.parse.numbers import find_quantities
from plantrack.parse.review import looks_ahead
from plantrack.track import observations as store
from plantrack.track.forms import form_of
from plantrack.track.units import convert, convertible, dimension

THRESHOLD = 0.8

_SENTENCE = re.compile(r"[^。；;\n]+[。；;]?")
_CLAUSE_BREAK = "，,：:"
_GROWTH = re.compile(
    r"(比上年|同比|较上年)?(增长|下降|提高|降低|回落|上升|增加|减少|净增|净减)(了)?$"
)
_FLOW = re.compile(
    r"新增|新认定|新培养|新集聚|新建|新引进|新招引|新设立|新获批|新入选|新创建|新评定|新落地|新开工|"
    r"引进|招引|集聚|招收|培养|认定|全年(?:培育|建成|创建)"
)
# words that leave a clause without a subject of its own (…150家，总数达到1470家)
_BARE = re.compile(
    r"^(其中|总数|总量|合计|累计|年末|全年|共|共有|达到|达|增至|提高到|为|是|有|数量)*$"
)
_LEAD = re.compile(
    r"^(其中|全年|全市|年末|截至年末|截至\d{4}年末|年内|本年|当年|累计|新增|共|共有|拥有|实现|完成|"
    r"全市共有|全市拥有|建成|认定|达到|达|有|为|新认定|新建|新培养|新集聚|新引进)+"
)
_PAREN = re.compile(r"[（(][^）)]{0,20}[）)]")
_STOCKISH = re.compile(r"达到|达|为|年末|总数|总量|拥有|共有|余额|规模|比重|比例|占|增至|累计")
_VERB_START = re.compile(
    r"^(全年|年内)?(创建|建设|建成|培育|打造|实现|完成|拥有|开展|推进|部署|布局|设立|组建|获批|入选|选聘|招收|"
    r"引进|集聚|培养|认定|评定|新)"
)
_ETC = re.compile(r"、[^、，]{1,10}等")
_NOISE = re.compile(r"[“”\"'‘’《》「」\s·]")
# how well a figure's way of counting fits a target kind
_KIND_FACTOR: dict[tuple[str, str], float] = {
    ("flow", "increment"): 1.0,
    ("flow", "annual"): 1.0,
    ("flow", "cumulative"): 0.9,
    ("flow", "level"): 0.6,
    ("total", "cumulative"): 1.0,
    ("total", "increment"): 0.9,
    ("total", "level"): 1.0,
    ("total", "annual"): 0.5,
    ("stock", "level"): 1.0,
    ("stock", "cumulative"): 0.95,
    ("stock", "increment"): 0.6,
    ("stock", "annual"): 0.6,
}


@dataclass(slots=True)
class Figure:
    """One number with a unit in a bulletin sentence."""

    value: float
    unit: str
    context: str  # the words before the number in its clause
    sentence: str
    how: str  # flow | total | stock | growth
    position: int


@dataclass(slots=True)
class Proposal:
    target_id: str
    metric: str  # the target's metric
    value: float
    unit: str
    period: str
    confidence: float
    sentence: str
    context: str
    basis: str | None = None
    action: str = (
        "proposed"  # proposed | below threshold | recorded | updated | unchanged | error: …
    )

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__slots__}


@dataclass
class BulletinResult:
    source: str
    year: int
    threshold: float
    figures: int
    proposals: list[Proposal] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "year": self.year,
            "threshold": self.threshold,
            "figures": self.figures,
            "proposals": [p.to_dict() for p in self.proposals],
        }


def bulletin_year(text: str) -> int | None:
    """The year a bulletin reports: 2026 in 宁波市2026年国民经济和社会发展统计公报."""
    head = text[:400]
    m = re.search(r"(20\d{2})年[^。\n]{0,30}统计公报", head)
    if m:
        return int(m.group(1))
    years = re.findall(r"(20\d{2})年", head)
    return int(max(set(years), key=years.count)) if years else None


def _how(context: str) -> str:
    if _GROWTH.search(context):
        return "growth"
    if "累计" in context:
        return "total"
    if _FLOW.search(context):
        return "flow"
    return "stock"


def find_figures(text: str, year: int | None = None) -> list[Figure]:
    """Every number with a unit, with the clause words before it as its metric.

    A bulletin reports the past: its figures are observations. With the `year` it reports, a
    sentence that looks ahead (明年…力争, 到2030年 — `parse.review.looks_ahead`, years after
    `year`) states a goal, not an observation, and gives no figure."""
    figures: list[Figure] = []
    for sm in _SENTENCE.finditer(text):
        sentence = sm.group(0).strip()
        if not sentence or (year and looks_ahead(sentence, 0, len(sentence), year + 1)):
            continue
        last_end, prev_how = 0, None
        subjects: list[str] = []  # A、B分别达到X、Y: the subjects waiting for their numbers
        for q in find_quantities(sentence):
            if q.name or q.value is None or not q.unit:
                continue  # a name (5G, 世界500强) stays part of the metric words
            before = sentence[last_end : q.start]
            cut = max(before.rfind(ch) for ch in _CLAUSE_BREAK)
            clause = before[cut + 1 :] if cut >= 0 else before
            if "分别" in clause:
                head, _, _ = clause.partition("分别")
                subjects = [part for part in head.split("、") if part.strip()]
            if subjects and (("分别" in clause) or clause.strip() in ("", "、")):
                context = subjects.pop(0)
                how = _how(clause.replace("分别", "") + context)
            else:
                subjects = []
                context = clause.strip()
                if _BARE.match(_NOISE.sub("", context)) and figures and prev_how:
                    # no subject of its own: it continues the previous figure's subject
                    context = _LEAD.sub("", figures[-1].context) + context
                how = _how(context)
                if (
                    how == "stock"
                    and prev_how
                    and (
                        context.startswith("、")
                        or (
                            prev_how == "flow"
                            and not _STOCKISH.search(context)
                            and not _VERB_START.match(context)
                        )
                    )
                ):
                    # 新集聚A 96名、B 172名 / 新培养A 260名，B 210名: the verb covers the list
                    how = prev_how
            figures.append(
                Figure(q.value, q.unit, context.strip("、 "), sentence, how, sm.start() + q.start)
            )
            last_end, prev_how = q.end, how
    return figures


def _bigrams(text: str) -> set[str]:
    clean = _NOISE.sub("", text)
    return {clean[i : i + 2] for i in range(len(clean) - 1)} or ({clean} if clean else set())


def _metric_core(metric: str) -> str:
    return _LEAD.sub("", _NOISE.sub("", _PAREN.sub("", metric)))


def coverage(metric: str, context: str) -> float:
    """Share of the target metric's bigrams present in the figure's clause (1.0 = contained)."""
    core = _metric_core(metric)
    if not core:
        return 0.0
    context = _PAREN.sub("", context)
    plain = _NOISE.sub("", context)
    # 新一代智能终端、智能体等应用普及率 is also written 新一代智能终端应用普及率
    short = _ETC.sub("", core)
    if core in plain or (len(short) >= 6 and short in plain):
        return 1.0
    wanted = _bigrams(core)
    return len(wanted & _bigrams(context)) / len(wanted)


_RISE = re.compile(r"(增长|提高|上升|增加)(了)?$")
_SINCE = re.compile(r"[比较](20\d\d)年")
_YEAR_IN = re.compile(r"(?<![比较与从])(20\d\d)年")  # 比2025年增长: a comparison, not the year
_FIVE_YEAR = re.compile(r"(十[一二三四五六七八九])五")


def _other_year(figure: Figure, year: int) -> bool:
    """A figure whose own words name another year (2025年末…, “十四五”时期累计…): not this year's."""
    named = {int(y) for y in _YEAR_IN.findall(figure.context)}
    periods = {five_year_end(nth) for nth in _FIVE_YEAR.findall(figure.context)}
    return (bool(named) and year not in named) or any(end < year for end in periods)


def _unit_fits(figure: Figure, target: Target) -> bool:
    unit = store.measure_unit(target)
    if target.kind == "multiple":
        return False  # 翻番 needs the baseline: not taken from one bulletin figure
    if unit is None:
        return target.value is not None and figure.unit in ("家", "个", "项")
    return convertible(figure.unit, unit)


def match(figures: list[Figure], targets: list[Target], year: int) -> list[Proposal]:
    """The best figure for each target (one proposal per target), best first."""
    scored: list[tuple[float, Figure, Target]] = []
    reducing = {t.id for t in targets if form_of(t) == "reduction"}  # read once, not per figure
    for fig in figures:
        options = []
        for target in targets:
            if target.value is None and target.kind == "qualitative":
                continue
            if not _unit_fits(fig, target):
                continue
            # 比上年下降3.2% feeds 能耗下降13.5% (a cumulative cut from yearly cuts) and 增长 rates
            growth_target = target.id in reducing or any(
                w in target.metric for w in ("增长", "增速")
            )
            if (fig.how == "growth") != growth_target:
                continue
            if _other_year(fig, year):
                continue  # 2025年末… in the 2026 bulletin: a figure of another year
            cov = coverage(target.metric, fig.context)
            if cov < 0.5:
                continue
            factor = _KIND_FACTOR.get((fig.how, target.kind), 1.0)
            if dimension(fig.unit) == "share" and fig.how == "stock" and target.kind == "level":
                factor = 1.0
            options.append((cov * factor, target))
        options.sort(key=lambda o: -o[0])
        best = options[0][0] if options else 0.0
        close = [o for o in options if o[0] >= best - 0.1]
        for score, target in options:
            if len(close) > 1 and score >= best - 0.1:
                score *= 0.75  # two targets fit this figure almost equally: ask a person
            scored.append((score, fig, target))
    scored.sort(key=lambda s: (-s[0], s[1].position))
    taken: set[str] = set()
    used: set[int] = set()
    proposals = []
    for score, fig, target in scored:
        if target.id in taken or id(fig) in used:
            continue
        taken.add(target.id)
        used.add(id(fig))
        proposals.append(_proposal(fig, target, score, year, target.id in reducing))
    return proposals


def _proposal(fig: Figure, target: Target, score: float, year: int, reducing: bool) -> Proposal:
    """A figure proposed for a target: its basis (a running total, or a cut since a base year)
    and, for a reduction target, the sign of the change."""
    basis = "total" if fig.how == "total" and target.kind in ("cumulative", "increment") else None
    value = fig.value
    if reducing:
        if _RISE.search(fig.context):
            value = -value  # 能耗上升2% against a 下降 target: a negative cut
        since = _SINCE.search(fig.context)
        if since and int(since.group(1)) < year - 1:
            basis = "total"  # 比2025年下降6.1% in the 2027 bulletin: the cut since then
    return Proposal(
        target_id=target.id,
        metric=target.metric,
        value=value,
        unit=fig.unit,
        period=str(year),
        confidence=round(score, 3),
        sentence=fig.sentence,
        context=fig.context,
        basis=basis,
    )


_VALUE_HEADER = re.compile(r"绝对数|绝对值|数值|总量|总额|金额|数量|本年|全年|年末|实绩|完成")
_NUMERIC = re.compile(r"^[+-]?\d[\d,]*(?:\.\d+)?$")
_HEADER_UNIT = re.compile(r"[（(]([^）)]+)[）)]")


def table_sentences(rows: list[list[str]]) -> list[str]:
    """A bulletin table (指标 | 单位 | 绝对数 | 比上年增长%) as sentences: 金融业增加值2150亿元。"""
    if len(rows) < 2:
        return []
    header = [str(c or "").strip() for c in rows[0]]
    unit_col = next((i for i, h in enumerate(header) if "单位" in h), None)
    value_col = next(
        (
            i
            for i, h in enumerate(header)
            if i > 0
            and i != unit_col
            and _VALUE_HEADER.search(h)
            and "增长" not in h
            and "%" not in h
        ),
        None,
    )
    if value_col is None:
        return ["，".join(c for c in row if c) for row in rows]
    header_unit = _HEADER_UNIT.search(header[value_col])
    out = []
    for row in rows[1:]:
        cells = [str(c or "").strip() for c in row]
        if len(cells) <= value_col or not cells[0] or not _NUMERIC.match(cells[value_col]):
            continue
        unit = cells[unit_col] if unit_col is not None and unit_col < len(cells) else ""
        unit = unit or (header_unit.group(1) if header_unit else "")
        out.append(f"{cells[0]}{cells[value_col]}{unit}。")
    return out


def read_text(path: Path) -> str:
    """The bulletin's text; tables become one sentence per row."""
    from plantrack.read import read_document

    doc = read_document(path)
    parts = []
    for b in doc.blocks:
        if b.kind == "table" and b.rows:
            parts.extend(table_sentences(b.rows))
        else:
            parts.append(b.text)
    text = "\n".join(parts)
    if not text.strip():
        raise ReadError(f"{path.name}: no text found")
    return text


def _same_figure(conn: Any, pt: store.PlanTargets, p: Proposal) -> bool:
    """True when the live figure of that target and year already has this value."""
    target = pt.target(p.target_id)
    for obs in store.list_observations(conn, pt.plan.id, p.target_id):
        if obs.period == p.period and not obs.is_baseline and obs.value is not None:
            unit = store.measure_unit(target)
            mine = convert(p.value, p.unit, unit) if unit else p.value
            theirs = convert(obs.value, obs.unit, unit) if unit and obs.unit else obs.value
            return abs(mine - theirs) <= 1e-9 * max(1.0, abs(theirs))
    return False


def run_bulletin(
    conn: Connection,
    plan: Plan,
    path: Path,
    *,
    actor: str,
    year: int | None = None,
    apply: bool = False,
    threshold: float | None = None,
) -> BulletinResult:
    """Propose (and with `apply`, record) observations from one bulletin.

    Each applied proposal runs in a savepoint: one that fails validation is reported in its
    `action` and the others are still recorded."""
    text = read_text(path)
    year = year or bulletin_year(text)
    if year is None:
        raise ReadError(f"{path.name}: no year in the title; give --year")
    limit = THRESHOLD if threshold is None else threshold
    pt = store.load_plan_targets(conn, plan)
    figures = find_figures(text, year)
    result = BulletinResult(
        path.name, year, limit, len(figures), match(figures, list(pt.targets.values()), year)
    )
    for p in result.proposals:
        if p.confidence < limit:
            p.action = "below threshold"
        elif apply:
            p.action = _apply(conn, pt, p, path.name, year, actor)
    return result


def _apply(
    conn: Connection, pt: store.PlanTargets, p: Proposal, name: str, year: int, actor: str
) -> str:
    """Record one proposal in a savepoint; the action taken, or the error."""
    try:
        with conn.begin_nested():
            if _same_figure(conn, pt, p):
                return "unchanged"  # keep the figure (and source) already recorded
            obs = store.validate(
                pt,
                target_id=p.target_id,
                period=p.period,
                value=p.value,
                unit=p.unit,
                source=f"{name}：{p.sentence}",
                vintage=f"{year}年统计公报",
                basis=p.basis,
            )
            return store.record(conn, pt, obs, actor=actor)[1]
    except PlantrackError as exc:
        return f"error: {exc}"
