"""The content of an annual monitoring (年度监测) or mid-term evaluation (中期评估) report.

`build_report(conn, plan, kind, year)` gathers everything a report shows into one
`ReportData` object; the writers (html, pdf, docx, md) only lay it out, and the web app offers the
same object as downloads and as JSON (`to_dict`). Statuses come from the tracking module
(`track.service.status`), as of the report year: nothing here judges a target itself.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection

from plantrack.errors import UnitMismatch, ValidationError
from plantrack.model import (
    STATUS_ZH,
    STATUSES,
    Assessment,
    Observation,
    Plan,
    Status,
    Target,
    counted_states,
    shown_statuses,
)
from plantrack.report.common import Outline, number_text, target_phrase
from plantrack.store import assignments as assign_store
from plantrack.store import plans as plan_store
from plantrack.track import service as tracking
from plantrack.track.observations import list_observations

KINDS = {"annual": "年度监测报告", "midterm": "中期评估报告"}
COMPOUND_METHODS = ("compound", "multiple")
_SENTENCE_END = "。；;！？!?\n"
MAX_CITATION = 300  # characters of plan text quoted for one target


@dataclass(slots=True)
class StatusCount:
    status: str
    label: str  # 提前实现 …
    count: int
    share: float  # of all targets, 0..1


@dataclass(slots=True)
class ChapterStatus:
    key: str
    title: str
    counts: dict[str, int]
    total: int


@dataclass(slots=True)
class TargetLine:
    """One target as the report shows it."""

    target: Target
    assessment: Assessment
    chapter: str
    section: str
    phrase: str  # 金融业增加值：≥2000亿元（2030年）
    baseline: str  # "1500亿元（2025年）" or ""
    latest: str  # "1800亿元（2026年）" or ""
    goal: str  # "≥2000亿元（2030年）"
    projected: str  # projected value at the deadline, or ""
    expected: str  # value expected by now on the path, or ""
    pace: str  # the pace still required, in words, or ""
    progress_share: float | None  # (actual − baseline) / (target − baseline), for 时间过半 checks
    series: list[tuple[str, float]]  # (period, value) for the trend chart, in `series_unit`
    series_unit: str
    baseline_point: tuple[int, float] | None
    lead: list[str]
    partners: list[str]
    citation: str  # the plan's sentence holding the target
    path: list[str]

    @property
    def status(self) -> str:
        return self.assessment.status

    @property
    def status_zh(self) -> str:
        return STATUS_ZH[self.assessment.status]

    @property
    def binding_label(self) -> str:
        return {True: "约束性", False: "预期性"}.get(self.target.binding, "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "target": self.target.to_dict(),
            "assessment": self.assessment.to_dict(),
            "chapter": self.chapter,
            "section": self.section,
            "phrase": self.phrase,
            "baseline": self.baseline,
            "latest": self.latest,
            "goal": self.goal,
            "projected": self.projected,
            "expected": self.expected,
            "pace": self.pace,
            "progress_share": self.progress_share,
            "series": self.series,
            "series_unit": self.series_unit,
            "lead": self.lead,
            "partners": self.partners,
            "citation": self.citation,
            "path": self.path,
        }


@dataclass(slots=True)
class BoxItem:
    node_id: str
    title: str
    lead: list[str]
    targets: list[TargetLine]


@dataclass(slots=True)
class Box:
    """A 专栏 (key projects box) with its items and the status of the targets in it."""

    node_id: str
    title: str
    chapter: str
    items: list[BoxItem]
    counts: dict[str, int]

    @property
    def target_count(self) -> int:
        return sum(self.counts.values())

    def progress_text(self) -> str:
        if not self.target_count:
            return "无量化指标"
        parts = [f"{STATUS_ZH[s]}{self.counts[s]}项" for s in STATUSES if self.counts.get(s)]
        return f"{self.target_count}项指标：" + "、".join(parts)


@dataclass(slots=True)
class ReportData:
    """Everything one report shows, in the order it shows it."""

    plan: Plan
    kind: str  # annual | midterm
    year: int
    title: str
    subtitle: str
    generated_at: str
    base_year: int
    summary: list[StatusCount]
    chapters: list[ChapterStatus]
    targets: list[TargetLine]  # binding first, then plan order
    lagging: list[TargetLine]
    boxes: list[Box]
    observation_count: int
    elapsed_share: float | None  # share of the plan period gone by at the report year
    notes: list[str] = field(default_factory=list)

    @property
    def kind_zh(self) -> str:
        return KINDS[self.kind]

    @property
    def total(self) -> int:
        return len(self.targets)

    def count(self, status: str) -> int:
        return next((s.count for s in self.summary if s.status == status), 0)

    def conclusion(self) -> str:
        """One paragraph of counts in the wording of Chinese evaluations."""
        if not self.targets:
            return "本规划暂无可监测的量化指标。"
        parts = [f"{s.label}{s.count}项（占{s.share:.0%}）" for s in self.summary if s.count]
        assessed = self.total - self.count("no_data")
        text = (
            f"截至{self.year}年，纳入监测的{self.total}项指标中，有监测数据的{assessed}项；"
            + "，".join(parts)
            + "。"
        )
        if self.lagging:
            text += f"滞后指标{len(self.lagging)}项，需加快推进（见“滞后指标”一节）。"
        return text

    def to_dict(self) -> dict[str, Any]:
        return {
            "plan": self.plan.to_dict(),
            "kind": self.kind,
            "kind_zh": self.kind_zh,
            "year": self.year,
            "title": self.title,
            "subtitle": self.subtitle,
            "generated_at": self.generated_at,
            "base_year": self.base_year,
            "conclusion": self.conclusion(),
            "elapsed_share": self.elapsed_share,
            "summary": [
                {"status": s.status, "label": s.label, "count": s.count, "share": round(s.share, 4)}
                for s in self.summary
            ],
            "chapters": [
                {"key": c.key, "title": c.title, "counts": c.counts, "total": c.total}
                for c in self.chapters
            ],
            "targets": [t.to_dict() for t in self.targets],
            "lagging": [t.target.id for t in self.lagging],
            "boxes": [
                {
                    "node_id": b.node_id,
                    "title": b.title,
                    "chapter": b.chapter,
                    "progress": b.progress_text(),
                    "counts": b.counts,
                    "items": [
                        {
                            "node_id": i.node_id,
                            "title": i.title,
                            "lead": i.lead,
                            "targets": [t.target.id for t in i.targets],
                        }
                        for i in b.items
                    ],
                }
                for b in self.boxes
            ],
            "observation_count": self.observation_count,
            "notes": self.notes,
        }


# -- building ----------------------------------------------------------------------------------
def default_year(kind: str, plan: Plan, observations: list[Observation]) -> int:
    """Annual: the latest year with a figure (else last year); mid-term: the middle of the period."""
    if kind == "midterm" and plan.period_start and plan.period_end:
        return plan.period_start + (plan.period_end - plan.period_start) // 2
    years = [
        int(o.period[:4]) for o in observations if o.period[:4].isdigit() and not o.is_baseline
    ]
    if years:
        return max(years)
    this_year = datetime.now(UTC).year - 1
    if plan.period_start and plan.period_end:
        return min(max(this_year, plan.period_start), plan.period_end)
    return this_year


def _fmt_value(value: float | None, unit: str | None) -> str:
    if value is None:
        return ""
    if abs(value) >= 100 or float(value).is_integer():
        text = number_text(round(value, 1) if not float(value).is_integer() else value)
    else:
        text = f"{value:.3g}" if abs(value) < 1 else f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{text}{unit or ''}"


def _goal(t: Target) -> str:
    return target_phrase(t).split("：", 1)[1]


def pace_text(a: Assessment, unit: str | None) -> str:
    """The pace still required, in words: 年均增长12.5% / 每年增加150家 / 每年达到500家."""
    pace = a.required_pace
    if pace is None or a.status in (Status.ACHIEVED, Status.NO_DATA):
        return ""
    if a.method in COMPOUND_METHODS:
        return f"年均增长{pace * 100:.1f}%" if pace >= 0 else f"年均下降{-pace * 100:.1f}%"
    if a.method == "annual":
        return f"每年达到{_fmt_value(pace, unit)}"
    verb = "增加" if pace >= 0 else "减少"
    unit_text = "个百分点" if unit == "%" else (unit or "")
    return f"每年{verb}{_fmt_value(abs(pace), '')}{unit_text}"


def _series(
    t: Target, observations: list[Observation], year: int
) -> tuple[list[tuple[str, float]], str]:
    """Figures up to `year` in the target's unit (running totals for 累计/新增 targets)."""
    dated = sorted(
        (
            o
            for o in observations
            if o.value is not None
            and not o.is_baseline
            and o.period[:4].isdigit()
            and int(o.period[:4]) <= year
        ),
        key=lambda o: o.period,
    )
    unit = t.unit or ""
    points: list[tuple[str, float]] = []
    total = 0.0
    for obs in dated:
        try:
            value = _convert(obs.value, obs.unit, t.unit)
        except (UnitMismatch, ValidationError):
            units = {o.unit for o in dated}
            if len(units) != 1:
                return [], unit
            value, unit = float(obs.value), obs.unit or ""
        if t.kind in ("increment", "cumulative") and (obs.basis or "flow") == "flow":
            total += value
            value = total
        elif t.kind in ("increment", "cumulative"):
            total = value
        points.append((obs.period, value))
    return points, unit


def _convert(value: float, from_unit: str | None, to_unit: str | None) -> float:
    from plantrack.track.units import convert

    if from_unit == to_unit or (not from_unit and not to_unit):
        return float(value)
    return convert(value, from_unit, to_unit)


def _baseline(
    t: Target, observations: list[Observation], base_year: int
) -> tuple[str, tuple[int, float] | None]:
    """The baseline as the tracking method takes it: the plan's, a marked one, else the earliest
    figure at or before the base year."""
    if t.baseline is not None:
        year = t.baseline_year
        text = _fmt_value(t.baseline, t.unit) + (f"（{year}年）" if year else "")
        return text, (year, t.baseline) if year else None
    marked = [o for o in observations if o.is_baseline and o.value is not None]
    if not marked:
        marked = sorted(
            (
                o
                for o in observations
                if o.value is not None and o.period[:4].isdigit() and int(o.period[:4]) <= base_year
            ),
            key=lambda o: o.period,
        )[:1]
    if marked:
        obs = marked[-1]
        try:
            value = _convert(obs.value, obs.unit, t.unit)
            unit = t.unit
        except (UnitMismatch, ValidationError):
            value, unit = float(obs.value), obs.unit
        year = int(obs.period[:4]) if obs.period[:4].isdigit() else None
        text = _fmt_value(value, unit) + (f"（{obs.period}）" if obs.period else "")
        return text, (year, value) if year else None
    return "", None


def _latest(t: Target, observations: list[Observation], year: int) -> str:
    dated = [
        o
        for o in observations
        if not o.is_baseline and o.period[:4].isdigit() and int(o.period[:4]) <= year
    ]
    if not dated:
        return ""
    obs = max(dated, key=lambda o: o.period)
    if obs.value is None:
        from plantrack.track.assess import MILESTONE_ZH

        words = MILESTONE_ZH.get(obs.milestone or "", obs.milestone or "")
        return f"{words}（{obs.period}）" if words else ""
    return f"{_fmt_value(obs.value, obs.unit)}（{obs.period}）"


def _progress_share(a: Assessment, baseline: tuple[int, float] | None, t: Target) -> float | None:
    """(actual − start) / (goal − start): how much of the way is done (for 时间过半、任务过半)."""
    if a.actual is None or t.value is None or a.method in ("annual", "milestone", None):
        return None
    if a.method == "sum":
        start, goal = 0.0, float(t.value)
    elif baseline is None or a.method == "multiple":
        return None
    else:
        start, goal = baseline[1], float(t.value)
    if goal == start:
        return None
    return (a.actual - start) / (goal - start)


def citation(plan_text: str, t: Target) -> str:
    """The whole sentence of the plan that holds the target (its clause when no span is known)."""
    if not t.span or not plan_text:
        return t.text
    start, end = t.span
    left = max((plan_text.rfind(ch, 0, start) for ch in _SENTENCE_END), default=-1) + 1
    rights = [i for i in (plan_text.find(ch, end) for ch in _SENTENCE_END) if i != -1]
    right = min(rights) + 1 if rights else len(plan_text)
    sentence = plan_text[left:right].strip()
    sentence = re.sub(r"^\d+[.．、]\s*", "", sentence)  # the item number of a 专栏 line
    if len(sentence) <= MAX_CITATION:
        return sentence
    # a run-on sentence (a table row, a list without 。): the clause with some context around it
    half = (MAX_CITATION - (end - start)) // 2
    lo, hi = max(left, start - half), min(right, end + half)
    return ("…" if lo > left else "") + plan_text[lo:hi].strip() + ("…" if hi < right else "")


def build_report(
    conn: Connection,
    the_plan: Plan,
    kind: str = "annual",
    year: int | None = None,
    *,
    include_submitted: bool = False,
) -> ReportData:
    """Gather the report for `the_plan` as of `year` (default: see `default_year`) from the
    approved and published figures (`include_submitted`: a preview with the submitted ones)."""
    if kind not in KINDS:
        raise ValidationError(f"--kind {kind!r}: expected annual or midterm")
    observations = list_observations(conn, the_plan.id, states=counted_states(include_submitted))
    if year is None:
        year = default_year(kind, the_plan, observations)
    if not 1949 <= int(year) <= 2100:
        raise ValidationError(f"--year {year}: expected a year like 2026")
    year = int(year)
    status = tracking.status(conn, the_plan, as_of_year=year, include_submitted=include_submitted)
    outline = Outline(plan_store.list_nodes(conn, the_plan.id))
    plan_text = plan_store.plan_text(conn, the_plan.id)
    assigned = assign_store.list_assignments(conn, the_plan.id)
    by_target: dict[str, list[Observation]] = {}
    for obs in observations:
        by_target.setdefault(obs.target_id, []).append(obs)

    lines: list[TargetLine] = []
    for row in status.rows:
        t, a = row.target, row.assessment
        found = by_target.get(t.id, [])
        baseline_text, baseline_point = _baseline(t, found, status.base_year)
        series, series_unit = _series(t, found, year)
        chapter = outline.chapter(t.location.node)
        owner = assigned.get(t.id) or assigned.get(t.location.node)
        lines.append(
            TargetLine(
                target=t,
                assessment=a,
                chapter=chapter.title,
                section=outline.section_label(t.location.node),
                phrase=target_phrase(t),
                baseline=baseline_text,
                latest=_latest(t, found, year),
                goal=_goal(t),
                projected=_fmt_value(a.projected, t.unit) if a.method != "annual" else "",
                expected=_fmt_value(a.expected, t.unit),
                pace=pace_text(a, t.unit),
                progress_share=_progress_share(a, baseline_point, t),
                series=series,
                series_unit=series_unit,
                baseline_point=baseline_point,
                lead=list(owner.lead) if owner else [],
                partners=list(owner.partners) if owner else [],
                citation=citation(plan_text, t),
                path=list(t.location.path),
            )
        )

    order = {t.id: i for i, t in enumerate(row.target for row in status.rows)}
    lines.sort(key=lambda line: (line.target.binding is not True, order[line.target.id]))
    counts = Counter(line.status for line in lines)
    total = len(lines)
    summary = [
        StatusCount(s, STATUS_ZH[s], counts.get(s, 0), counts.get(s, 0) / total if total else 0.0)
        for s in shown_statuses(counts)
    ]
    chapters = []
    for chapter in outline.chapters():
        in_chapter = [line for line in lines if line.chapter == chapter.title]
        if in_chapter:
            c = Counter(line.status for line in in_chapter)
            chapters.append(
                ChapterStatus(
                    chapter.key, chapter.title, {s: c.get(s, 0) for s in STATUSES}, len(in_chapter)
                )
            )
    start = status.base_year
    end = the_plan.period_end
    elapsed = None
    if end and end > start:
        elapsed = min(1.0, max(0.0, (year - start) / (end - start)))
    return ReportData(
        plan=the_plan,
        kind=kind,
        year=year,
        title=the_plan.title,
        subtitle=(
            f"{year}年度实施情况监测报告"
            if kind == "annual"
            else f"实施情况中期评估报告（截至{year}年）"
        ),
        generated_at=datetime.now(UTC).strftime("%Y-%m-%d"),
        base_year=start,
        summary=summary,
        chapters=chapters,
        targets=lines,
        lagging=[line for line in lines if line.status == Status.LAGGING],
        boxes=_boxes(outline, lines, assigned),
        observation_count=len(observations),
        elapsed_share=elapsed,
        notes=[
            f"状态依据截至{year}年的监测数据，按 docs/status-method.md 所述方法计算"
            f"（基期{start}年）。",
            "“暂无数据”指尚无可用监测值或缺少基期值、无法判断进度的指标。",
        ],
    )


def _boxes(outline: Outline, lines: list[TargetLine], assigned: dict) -> list[Box]:
    boxes = []
    for node in outline.nodes:
        if node.kind != "box":
            continue
        items = []
        inside = [
            line
            for line in lines
            if line.target.location.node == node.node_id
            or line.target.location.node.startswith(node.node_id + ".")
        ]
        children = [n for n in outline.nodes if n.parent == node.node_id]
        for child in children:
            owner = assigned.get(child.node_id)
            items.append(
                BoxItem(
                    child.node_id,
                    child.title,
                    list(owner.lead) if owner else [],
                    [
                        line
                        for line in inside
                        if line.target.location.node == child.node_id
                        or line.target.location.node.startswith(child.node_id + ".")
                    ],
                )
            )
        counts = Counter(line.status for line in inside)
        title = re.sub(r"\s+", " ", node.text).strip() or node.title
        boxes.append(
            Box(
                node.node_id,
                title,
                outline.chapter(node.node_id).title,
                items,
                {s: counts.get(s, 0) for s in STATUSES},
            )
        )
    return boxes
