"""What a paragraph's reading keeps: a `Found` target before it becomes a `Target`, the
`Scan` of the paragraph being read, and the `Explain` rows `--explain` shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from plantrack.model import Location, Target
from plantrack.parse.context import ParagraphContext
from plantrack.parse.numbers import normalise


@dataclass(slots=True)
class Found:
    """One target found in a text, before it becomes a `Target` (positions are relative)."""

    pos: int
    span: tuple[int, int]
    metric: str
    value: float | None
    unit: str | None
    comparator: str | None
    kind: str
    deadline: int | None = None  # set per sentence
    aspiration: bool = False
    baseline: float | None = None
    baseline_year: int | None = None
    milestone: str | None = None
    value_max: float | None = None  # the upper end of a range
    subject: str = ""  # the metric without a change verb, for elided subjects later on

    def __post_init__(self) -> None:
        self.subject = self.subject or self.metric

    def target(self, tid: str, text: str, location: Location) -> Target:
        """This finding as a `Target` with id `tid` citing `text` (its span is the caller's)."""
        # fmt: off
        t = Target(
            tid, self.metric, self.value, self.unit,
            self.comparator, self.kind,  # type: ignore[arg-type]  # Target makes them enums
            self.deadline, text, location,
        )
        # fmt: on
        t.baseline, t.baseline_year, t.aspiration = (
            self.baseline,
            self.baseline_year,
            self.aspiration,
        )
        t.milestone, t.value_max = self.milestone, self.value_max
        t.value_base, t.unit_base = normalise(self.value, self.unit)
        return t


class Explain:
    """Collects one line per candidate for --explain; a no-op list when not explaining."""

    def __init__(self, on: bool) -> None:
        self.on = on
        self.rows: list[dict] = []

    def add(self, text: str, start: int, end: int, taken: bool, reason: str) -> None:
        if self.on:
            self.rows.append(explain_row(text[start:end], start, end, taken, reason))


@dataclass(slots=True)
class Scan:
    """One paragraph being read: its text, what governs it, and what was found so far."""

    text: str
    end_year: int
    context: ParagraphContext
    quotes: list[tuple[int, int]]
    qstarts: list[int]
    found: list[Found]
    ex: Explain
    deadline: int | None = None  # the deadline in scope (到2025年 governs what follows)
    past: bool = False  # the year in scope is before the plan: figures are observations
    deadlines: list[tuple[int, int, bool]] = field(default_factory=list)  # (pos, year, past)
    deadline_at: list[int] = field(default_factory=list)
    item: str = ""  # 四、原盐。…: the thing the paragraph, a list item, opens by naming
    reported: bool = False  # the sentence before reported what was done (its 其中… goes on)


def explain_row(text: str, start: int, end: int, taken: bool, reason: str) -> dict:
    return {"text": text, "start": start, "end": end, "taken": taken, "reason": reason}


_Valued = TypeVar("_Valued", Found, Target)
_TOTAL_REACH = 4  # values back from the last that may be the total a 其中 breaks down


def total_before(values: Sequence[_Valued]) -> _Valued:
    """The total a 其中 after `values` breaks down: the last value, or the largest of the run of
    values in its unit that ends them (建设幼儿园17所，9所年内主体竣工，8所年内竣工交付。其中：东台市2所…:
    the 17)."""
    last = best = values[-1]
    for v in reversed(values[-_TOTAL_REACH:-1]):
        if v.unit != last.unit:
            break
        if (v.value or 0) > (best.value or 0):
            best = v
    return best
