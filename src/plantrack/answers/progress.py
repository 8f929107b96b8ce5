"""Progress answers: the latest assessment of what the question is about — status, latest figure,
its year and source, and the target — from the figures recorded in plantrack.

    算力规模目前进展如何？ -> 高性能算力规模：快于预期，2026年6.2EFLOPS（宁波市2026年统计公报（模拟））；
                             目标：高性能算力规模超过10EFLOPS（2030年）
    哪些指标滞后？         -> 滞后（2项）：信息传输、软件和信息技术服务业增加值占生产性服务业比重
                             （2026年8.7%）；专精特新“小巨人”企业（2026年452家）

The subject is found as for owners (search/subject.py): the targets the question names, else every
target the task states. 截至2026年 assesses as of that year. A question that names a status and
no subject (哪些指标滞后) lists the targets in that status.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection

from plantrack.model import (
    COUNTED_STATES,
    STATUS_ZH,
    Assessment,
    Observation,
    Plan,
    Status,
    Target,
)
from plantrack.search.index import SearchIndex, node_path
from plantrack.search.question import topic
from plantrack.search.reply import Answer, Citation, Link, none_answer, retrieve
from plantrack.search.subject import find_subject
from plantrack.search.values import plan_wording
from plantrack.store import plans as plan_store
from plantrack.track import service as tracking
from plantrack.track.observations import list_observations

STATUS_ASKED: tuple[tuple[re.Pattern[str], Status], ...] = (
    (re.compile(r"滞后|落后|慢于|没跟上|跟不上"), Status.LAGGING),
    (re.compile(r"快于预期|超前|领先"), Status.AHEAD),
    (re.compile(r"提前实现|提前完成|已经实现|已实现|已经完成|已完成|达标"), Status.ACHIEVED),
    (re.compile(r"符合预期|正常推进"), Status.ON_TRACK),
    (re.compile(r"暂无数据|没有数据|缺数据"), Status.NO_DATA),
)
LIST_ASKED = re.compile(r"哪些|哪几|有几|几项|几个|多少项|多少个|列出|清单")
GENERIC = re.compile(
    r"指标|目标|任务|进度|进展|项目|目前|现在|眼下|当前|截至|哪些|哪几|有几|几项|几个|多少|列出|清单|"
    r"已经|还|的|是|有|了|吗|呢|个|项|[\s？?！!，,。]"
)
AS_OF = re.compile(r"截[至止]到?\s*(20\d\d)\s*年")
MILESTONE_ZH = {"not_started": "未启动", "in_progress": "推进中", "done": "已完成"}
MAX_LISTED = 12


def progress_answer(
    conn: Connection,
    question: str,
    *,
    plan_ids: list[int] | None = None,
    index: SearchIndex | None = None,
) -> Answer:
    status = status_asked(question)
    if status is not None and LIST_ASKED.search(question) and not _names_a_subject(question):
        return _by_status(conn, status, plan_ids)
    found = retrieve(conn, topic(question), plan_ids=plan_ids, index=index)
    if found is None:
        return none_answer("progress")
    found.question = question
    subject = find_subject(conn, found)
    plan = plan_store.get_plan(conn, subject.plan_id)
    targets = subject.targets or _targets_within(conn, plan, subject.node)
    if not targets:
        text = f"“{subject.title}”没有可跟踪的指标：暂无数据。"
        return Answer(text, "progress", subject.citations(), "progress")
    match = AS_OF.search(question)
    as_of = int(match.group(1)) if match else None
    lines = [_progress_line(conn, plan, t, as_of) for t in targets[:MAX_LISTED]]
    links = [Link("target", t.metric, plan.id, t.id) for t in targets[:MAX_LISTED]]
    return Answer("；".join(lines), "progress", subject.citations(), "progress", links)


def status_asked(question: str) -> Status | None:
    for pattern, status in STATUS_ASKED:
        if pattern.search(question):
            return status
    return None


def _names_a_subject(question: str) -> bool:
    rest = GENERIC.sub("", question)
    for pattern, _status in STATUS_ASKED:
        rest = pattern.sub("", rest)
    return len(rest) >= 2


def _targets_within(conn: Connection, plan: Plan, node_id: str) -> list[Target]:
    return [
        t
        for t in plan_store.list_targets(conn, plan.id)
        if t.location.node == node_id or t.location.node.startswith(node_id + ".")
    ]


def _progress_line(conn: Connection, plan: Plan, target: Target, as_of: int | None) -> str:
    result = tracking.assess(conn, plan, target.id, as_of_year=as_of)
    latest = _latest(list_observations(conn, plan.id, target.id, states=COUNTED_STATES), as_of)
    goal = plan_wording(target)
    return f"{target.metric}：{_status_words(result, latest)}；目标：{goal}"


def _status_words(result: Assessment, latest: Observation | None) -> str:
    words = STATUS_ZH[result.status]
    if latest is None:
        return f"{words}（尚未记录数值）"
    return f"{words}，{_figure(latest)}"


def _figure(obs: Observation) -> str:
    """2026年6.2EFLOPS（宁波市2026年统计公报（模拟））, or 2026年：推进中（note）."""
    if obs.value is None:
        state = MILESTONE_ZH.get(obs.milestone or "", obs.milestone or "")
        figure = f"{obs.period}年：{state}"
    else:
        value = int(obs.value) if float(obs.value).is_integer() else f"{obs.value:g}"
        figure = f"{obs.period}年{value}{obs.unit or ''}"
    return figure + (f"（{obs.source}）" if obs.source else "")


def _latest(observations: list[Observation], as_of: int | None) -> Observation | None:
    figures = [
        o
        for o in observations
        if not o.is_baseline and (as_of is None or int(str(o.period)[:4]) <= as_of)
    ]
    return max(figures, key=lambda o: (str(o.period), o.id or 0)) if figures else None


def _by_status(conn: Connection, status: Status, plan_ids: list[int] | None) -> Answer:
    plans = [plan_store.get_plan(conn, p) for p in plan_ids] if plan_ids else None
    plans = plans or plan_store.list_plans(conn)
    entries: list[tuple[Plan, Target, Observation | None]] = []
    for plan in plans:
        report = tracking.status(conn, plan, status=status.value)
        observed = list_observations(conn, plan.id, states=COUNTED_STATES)
        for row in report.rows:
            mine = [o for o in observed if o.target_id == row.target.id]
            entries.append((plan, row.target, _latest(mine, None)))
    words = STATUS_ZH[status]
    if not entries:
        return Answer(f"没有{words}的指标。", "progress", [], "progress")
    shown = entries[:MAX_LISTED]
    items = [
        t.metric + (f"（{_figure(o).split('（')[0]}）" if o is not None else "")
        for _p, t, o in shown
    ]
    more = f"等{len(entries)}项" if len(entries) > len(shown) else ""
    text = f"{words}（{len(entries)}项）：{'；'.join(items)}{more}"
    links = [Link("target", t.metric, p.id, t.id) for p, t, _o in shown]
    return Answer(text, "progress", _target_citations(conn, shown), "progress", links)


def _target_citations(
    conn: Connection, shown: list[tuple[Plan, Target, Observation | None]]
) -> list[Citation]:
    """Each listed target cited where the plan states it (one citation per node)."""
    cited: dict[tuple[int, str], Citation] = {}
    for plan, target, _obs in shown:
        key = (plan.id, target.location.node)
        if key not in cited:
            node = plan_store.get_node(conn, plan.id, target.location.node)
            cited[key] = Citation(target.location.node, node_path(node), target.text, 0.0, plan.id)
    return list(cited.values())
