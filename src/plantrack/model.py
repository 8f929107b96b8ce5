"""The records that flow through plantrack: plain dataclasses, no database code.

read/ yields `Block`s; parse/ turns them into `Node`s, `Target`s and `Entity`s; store/ keeps
them; track/ adds `Observation`s and computes `Assessment`s.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any, Literal

# The largest id, version or year the store holds: its integer columns are PostgreSQL `integer`
# (SQLite's are wider). Ids from outside (URLs, forms, JSON) beyond it name nothing.
MAX_INT = 2**31 - 1

# A target read by OCR whose text holds a word recognised with less confidence than this (0–100)
# is flagged for review (`Target.needs_review`; calibrated in docs/reading.md).
OCR_REVIEW_BELOW = 60.0

NodeKind = Literal["part", "chapter", "section", "box", "item", "heading", "paragraph", "table"]


class Comparator(StrEnum):
    """How a target's value binds: 以上 ≥, 超过 >, 左右 ~, 以内/以下 ≤, 低于 <, exactly =."""

    GE = ">="
    GT = ">"
    APPROX = "~"
    LE = "<="
    LT = "<"
    EQ = "="


class TargetKind(StrEnum):
    """What a target's value counts (DESIGN.md): a level, an amount added or summed since the
    base year, a yearly rate, a multiple of the baseline, or words only."""

    LEVEL = "level"
    INCREMENT = "increment"
    CUMULATIVE = "cumulative"
    ANNUAL = "annual"
    MULTIPLE = "multiple"
    QUALITATIVE = "qualitative"


# a StrEnum member hashes as its value: one lookup finds it from either
_COMPARATORS: dict[str, Comparator] = {c.value: c for c in Comparator}
_KINDS: dict[str, TargetKind] = {k.value: k for k in TargetKind}


class Form(StrEnum):
    """The form of a target: how progress towards it is measured (track/forms.py)."""

    LEVEL = "level"
    CEILING = "ceiling"
    BAND = "band"
    HOLD = "hold"
    INCREMENT = "increment"
    CUMULATIVE = "cumulative"
    PP_CHANGE = "pp_change"
    REDUCTION = "reduction"
    GROWTH = "growth"
    MULTIPLE = "multiple"
    MILESTONE = "milestone"
    DIRECTION = "direction"


class Status(StrEnum):
    """The status of a target (docs/status-method.md); its words and colours: STATUS_STYLE."""

    ACHIEVED = "achieved"
    AHEAD = "ahead"
    ON_TRACK = "on_track"
    LAGGING = "lagging"
    STRETCH = "stretch"
    NO_BASELINE = "no_baseline"
    NO_DATA = "no_data"
    COMPLETED = "completed"
    COMPLETED_LATE = "completed_late"
    MISSED = "missed"


@dataclass(frozen=True, slots=True)
class StatusStyle:
    """How every medium shows a status: its words and its colours (hex).

    `colour` is for the status on white — the word in a report table (PDF, Word, HTML), a
    border — and keeps 4.5:1 against white. `fill` is for an area — a chart's bar, the web's
    badge — with `on_fill` ("#ffffff" or "#000000") for a label on it, also 4.5:1.
    """

    zh: str
    en: str
    colour: str
    fill: str
    on_fill: str


_WHITE, _BLACK = "#ffffff", "#000000"

# The one table of statuses, in the words Chinese evaluations use (docs/status-method.md): before
# the deadline the five official words, then 力争 (a stretch beside a judged floor), 待评估
# (figures but no baseline to measure pace from), 暂无数据; after it 已完成/逾期完成/未完成.
# The web (CSS custom properties and SVG), the report charts, PDF, Word and HTML all read it.
STATUS_STYLE: dict[Status, StatusStyle] = {
    Status.ACHIEVED: StatusStyle("提前实现", "achieved", "#1b7837", "#1b7837", _WHITE),
    Status.AHEAD: StatusStyle("快于预期", "ahead", "#388535", "#7fbf7b", _BLACK),
    Status.ON_TRACK: StatusStyle("基本符合预期", "on track", "#2166ac", "#4393c3", _BLACK),
    Status.LAGGING: StatusStyle("滞后", "lagging", "#b2182b", "#d6604d", _BLACK),
    Status.STRETCH: StatusStyle("力争", "stretch (力争)", "#762a83", "#9970ab", _BLACK),
    Status.NO_BASELINE: StatusStyle(
        "待评估：缺基期值", "no baseline", "#9a6a00", "#e0a526", _BLACK
    ),
    Status.NO_DATA: StatusStyle("暂无数据", "no data", "#767676", "#bababa", _BLACK),
    Status.COMPLETED: StatusStyle("已完成", "completed", "#0f5a29", "#0f5a29", _WHITE),
    Status.COMPLETED_LATE: StatusStyle("逾期完成", "completed late", "#5a7a1a", "#a6d96a", _BLACK),
    Status.MISSED: StatusStyle("未完成", "missed", "#8e1b22", "#8e1b22", _WHITE),
}
STATUSES: tuple[Status, ...] = tuple(Status)
STATUS_ZH: dict[Status, str] = {s: style.zh for s, style in STATUS_STYLE.items()}
STATUS_EN: dict[Status, str] = {s: style.en for s, style in STATUS_STYLE.items()}
# the five words every monitoring report shows, even at zero; the others only when they occur
CORE_STATUSES: tuple[Status, ...] = (
    Status.ACHIEVED,
    Status.AHEAD,
    Status.ON_TRACK,
    Status.LAGGING,
    Status.NO_DATA,
)


def shown_statuses(counts: dict[str, int]) -> list[Status]:
    """The statuses a table or chart shows: the core five, and any other that occurs."""
    return [s for s in STATUSES if s in CORE_STATUSES or counts.get(s)]


# the order a worried reader wants: what needs action first
STATUS_URGENCY: tuple[Status, ...] = (
    Status.MISSED,
    Status.LAGGING,
    Status.NO_BASELINE,
    Status.NO_DATA,
    Status.STRETCH,
    Status.ON_TRACK,
    Status.AHEAD,
    Status.COMPLETED_LATE,
    Status.ACHIEVED,
    Status.COMPLETED,
)


@dataclass(slots=True)
class Block:
    """A piece of text as read from a file, before outline parsing.

    `kind` is "paragraph", "heading" (a style said so, e.g. Word's Heading 1) or "table"
    (then `rows` holds the cells). `page`/`line` say where it came from (1-based, None if unknown).
    A block read by OCR keeps the confidence of each word (`confidences`; see read/ocr.py).
    """

    text: str
    kind: str = "paragraph"
    page: int | None = None
    line: int | None = None
    level: int | None = None  # heading level from a style, when the format has one
    rows: list[list[str]] | None = None
    # read by OCR: (end offset in `text`, confidence 0–100) of each recognised word, in order
    confidences: list[tuple[int, float]] | None = None


@dataclass(slots=True)
class Document:
    """What a reader returns: the blocks plus facts about the file."""

    blocks: list[Block]
    source: str  # file name as given
    format: str  # "txt", "md", "docx", "pdf", "html"
    encoding: str | None = None
    title: str | None = None  # a title the format carries (HTML <title>, docx core props)
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Node:
    """One node of a plan's outline. `node_id` is stable and readable: c3.s2.p4, c2.s4.box2.i3."""

    node_id: str
    kind: str
    title: str  # heading text, or a paragraph's lead sentence (the task title)
    text: str  # the full text of this node itself (not its children)
    path: list[str]  # heading path from the root, e.g. ["第三章 …", "第一节 …"]
    span: tuple[int, int]  # character span in the plan's cleaned text
    parent: str | None = None
    number: int | None = None  # 3 for 第三章, 2 for 专栏2, 4 for the 4th paragraph
    inferred: bool = False  # True for a parent inferred from content before the first heading
    ordinal: int = 0  # document order
    page: int | None = None  # the page it starts on (PDF, scans), None when the file has none
    ocr_confidence: float | None = None  # read by OCR: its words' mean confidence (0–100)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["span"] = list(self.span)
        for key in ("page", "ocr_confidence"):  # only where the file has pages / was OCR'd
            if data[key] is None:
                del data[key]
        return data


@dataclass(slots=True)
class Location:
    node: str
    chapter: int | None = None
    section: int | None = None
    column: int | None = None  # 专栏 number (the DESIGN.md name for a box)
    item: int | None = None
    path: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Target:
    """A target (指标/目标); `to_dict()` is the `--format json` contract of DESIGN.md."""

    id: str
    metric: str
    value: float | None
    unit: str | None
    comparator: Comparator | None
    kind: TargetKind
    deadline: int | None
    text: str
    location: Location
    baseline: float | None = None
    baseline_year: int | None = None
    aspiration: bool = False
    binding: bool | None = None
    milestone: str | None = None
    value_base: float | None = None
    unit_base: str | None = None
    span: tuple[int, int] | None = None  # span of `text` in the plan's cleaned text
    value_max: float | None = None  # the upper end of a range (4.5%—5%), else None
    group: str | None = None  # an indicator table's category row (经济发展, 绿色生态 …)
    page: int | None = None  # the page its text is on (PDF, scans)
    # read by OCR: the lowest confidence (0–100) of the words of its text
    ocr_confidence: float | None = None

    def __post_init__(self) -> None:
        # parse/ hands in the plain words ("<=", "level"): keep the members (ValueError if
        # unknown). A dict lookup first: the Enum call costs a few per cent of extraction time.
        if self.comparator is not None:
            self.comparator = _COMPARATORS.get(self.comparator) or Comparator(self.comparator)
        self.kind = _KINDS.get(self.kind) or TargetKind(self.kind)

    def to_dict(self) -> dict[str, Any]:
        value = _plain(self.value)
        data: dict[str, Any] = {
            "id": self.id,
            "metric": self.metric,
            "value": value,
            "value_max": _plain(self.value_max),
            "unit": self.unit,
            "comparator": self.comparator,
            "kind": self.kind,
            "deadline": self.deadline,
            "baseline": self.baseline,
            "baseline_year": self.baseline_year,
            "aspiration": self.aspiration,
            "binding": self.binding,
            "milestone": self.milestone,
            "text": self.text,
            "location": asdict(self.location),
        }
        if self.value_base is not None:
            data["value_base"] = self.value_base
            data["unit_base"] = self.unit_base
        if self.group is not None:
            data["group"] = self.group
        if self.page is not None:
            data["page"] = self.page
        if self.ocr_confidence is not None:
            data["ocr_confidence"] = self.ocr_confidence
            data["review"] = self.needs_review
        return data

    @property
    def needs_review(self) -> bool:
        """Read by OCR with a doubtful word in its text: check it against the scan."""
        return self.ocr_confidence is not None and self.ocr_confidence < OCR_REVIEW_BELOW


def _plain(value: float | None) -> float | int | None:
    """5.0 -> 5 in JSON output; other values as they are."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


@dataclass(slots=True)
class Entity:
    name: str
    type: str  # place | institution | sector | track | programme
    mentions: list[tuple[str, int, int]] = field(default_factory=list)  # (node_id, start, end)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.type,
            "mentions": [{"node": n, "start": s, "end": e} for n, s, e in self.mentions],
        }


@dataclass(slots=True)
class ParsedPlan:
    """Everything parse/ derives from one document."""

    title: str
    text: str  # the cleaned text; every span points into it
    nodes: list[Node]
    targets: list[Target] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    period: tuple[int, int] | None = None
    repairs: list[str] = field(default_factory=list)  # e.g. "re-joined page break: 体/系"
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Plan:
    """A stored plan version."""

    id: int
    title: str
    region: str | None
    level: str | None
    period_start: int | None
    period_end: int | None
    source: str
    content_hash: str
    version: int
    family: str  # plans with the same family are versions of one another
    created_at: str
    node_count: int = 0
    target_count: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Observation:
    """One figure for one period of one target, with its evidence."""

    target_id: str
    period: str  # "2026" or "2026-06-30"
    value: float | None
    unit: str | None
    source: str | None = None
    vintage: str | None = None  # statistical vintage, e.g. "2027年公报" or "初步核算"
    note: str | None = None
    milestone: str | None = None  # qualitative: not_started | in_progress | done
    entered_by: str | None = None
    entered_at: str | None = None
    id: int | None = None
    version: int = 1
    plan_id: int | None = None
    # cumulative/increment targets: "flow" = added in this period (default), "total" = running
    # total since the base year (a bulletin's 累计 figure); see docs/status-method.md
    basis: str | None = None
    is_baseline: bool = False
    # the reporting cycle (docs/reporting-cycle.md): draft → submitted → approved | returned →
    # published; `review_note` is the reason a planner gave when returning it
    state: str = "approved"
    review_note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["state_zh"] = FIGURE_STATE_ZH.get(self.state, self.state)
        return data


@dataclass(slots=True)
class Assessment:
    """The status of one target, with the numbers behind it."""

    target_id: str
    status: Status
    as_of: str | None = None  # the period of the latest observation used
    expected: float | None = None  # value expected today on the path baseline -> target
    actual: float | None = None
    ratio: float | None = None
    projected: float | None = None  # value projected at the deadline from the trend
    required_pace: float | None = None  # pace still needed per year
    method: str | None = None  # "compound", "linear", "sum", "annual", "multiple", "milestone"
    gap: float | None = None  # target − latest figure (no_baseline and stretch show it)
    form: Form | None = None  # level, ceiling, band, pp_change, reduction … (track/forms.py)
    # the arithmetic, line by line (`explain`), or how to write it when it is first read
    explanation: list[str] | Callable[[], list[str]] | None = field(
        default=None, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        self.status = Status(self.status)
        if self.form is not None:
            self.form = Form(self.form)

    @property
    def explain(self) -> list[str]:
        """The arithmetic, line by line (written on first use: track/explain.py)."""
        if callable(self.explanation):
            self.explanation = self.explanation()
        if self.explanation is None:
            self.explanation = []
        return self.explanation

    @explain.setter
    def explain(self, lines: list[str]) -> None:
        self.explanation = list(lines)

    def __getstate__(self) -> tuple[None, dict[str, Any]]:
        """Pickled (a worker process, a cache) with its explanation written: a pending one is a
        closure over the rule, which does not pickle. The state is in the form of a class with
        slots, the lines under `explain` (the property): older versions read it too."""
        state = {name: getattr(self, name) for name in self.__slots__ if name != "explanation"}
        return None, {**state, "explain": self.explain}

    def __setstate__(self, state: tuple[None, dict[str, Any]]) -> None:
        for name, value in state[1].items():
            setattr(self, name, value)

    def amend(self, change: Callable[[list[str]], list[str]]) -> None:
        """Change the explanation — now if it is written, else when it is."""
        before = self.explanation
        if callable(before):
            self.explanation = lambda: change(before())
        else:
            self.explanation = change(before or [])

    @property
    def status_zh(self) -> str:
        return STATUS_ZH[self.status]

    def to_dict(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in _ASSESSMENT_FIELDS}
        data["explain"] = list(self.explain)
        data["gap"], data["form"] = self.gap, self.form
        data["status_zh"] = self.status_zh
        return data


class FigureState(StrEnum):
    """Where a figure is in the reporting cycle 填报 → 审核 → 发布 (docs/reporting-cycle.md)."""

    DRAFT = "draft"  # 草稿: entered by a department, not yet sent
    SUBMITTED = "submitted"  # 已提交: sent to the planning office
    RETURNED = "returned"  # 退回: sent back with a reason
    APPROVED = "approved"  # 已审核: checked by the planning office
    PUBLISHED = "published"  # 已发布: its round was closed


FIGURE_STATE_ZH: dict[str, str] = {
    FigureState.DRAFT: "草稿",
    FigureState.SUBMITTED: "已提交",
    FigureState.RETURNED: "退回",
    FigureState.APPROVED: "已审核",
    FigureState.PUBLISHED: "已发布",
}
# The figures status, reports, answers and the public site count; with the preview switch the
# submitted ones are counted too.
COUNTED_STATES = frozenset({FigureState.APPROVED, FigureState.PUBLISHED})
PREVIEW_STATES = COUNTED_STATES | {FigureState.SUBMITTED}


def counted_states(include_submitted: bool = False) -> frozenset[str]:
    """The figure states a status or report counts (`include_submitted`: the preview)."""
    return PREVIEW_STATES if include_submitted else COUNTED_STATES


# to_dict's keys before `explain` (the JSON order: … method, explain, gap, form, status_zh)
_ASSESSMENT_FIELDS = (
    "target_id",
    "status",
    "as_of",
    "expected",
    "actual",
    "ratio",
    "projected",
    "required_pace",
    "method",
)


class Role(StrEnum):
    """The role of a web user; what each may do is access/permissions.py (one matrix)."""

    ADMIN = "admin"
    PLANNER = "planner"  # 规划处: the planning office
    EDITOR = "editor"  # 部门填报员: enters the figures of one department's targets
    VIEWER = "viewer"

    @property
    def zh(self) -> str:
        return ROLE_ZH[self]


ROLE_ZH: dict[str, str] = {
    Role.ADMIN: "管理员",
    Role.PLANNER: "规划处",
    Role.EDITOR: "部门填报员",
    Role.VIEWER: "只读",
}
