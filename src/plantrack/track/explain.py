"""The explanation an assessment writes, line by line, and the numbers in it.

Every rule of the status method (docs/status-method.md) says each step of its arithmetic through
a `Ctx`; `fmt`/`pct` write the figures the same way everywhere (also in `plantrack status`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from plantrack.model import STATUS_ZH, Assessment, Form, Status, Target


def fmt(x: float | None, digits: int = 4) -> str:
    """A number for the explanation: up to `digits` significant decimals, no trailing zeros."""
    if x is None:
        return "—"
    if isinstance(x, float) and (math.isinf(x) or math.isnan(x)):
        return str(x)
    if abs(x) >= 1000 or float(x).is_integer():
        text = f"{x:.2f}"
    else:
        text = f"{x:.{digits}g}" if abs(x) >= 1 else f"{x:.{digits}f}"
    if "." in text and "e" not in text:
        text = text.rstrip("0").rstrip(".")
    return text


def pct(x: float | None) -> str:
    return "—" if x is None else f"{fmt(x * 100, 3)}%"


_AT_ONCE: ContextVar[bool] = ContextVar("plantrack-explain-at-once", default=False)


@contextmanager
def explained() -> Iterator[None]:
    """Assessments made inside the block write their explanations at once: for an output that
    shows every one (`plantrack status --format json`), one loud run per target instead of a
    quiet one and a loud one when the lines are read."""
    token = _AT_ONCE.set(True)
    try:
        yield
    finally:
        _AT_ONCE.reset(token)


def at_once() -> bool:
    """Inside `explained()`?"""
    return _AT_ONCE.get()


Line = str | Callable[[], str]  # a line, or how to write it (called only when it is shown)


class Ctx:
    """The running explanation and the Assessment being built.

    Quiet (`loud=False`, how `assess` runs): lines are not written at all — writing them was a
    third of assessing a plan; `assess` gives the Assessment a way to write them (running the
    rule again, loud) when someone reads `explain`. Rules pass each line that formats numbers
    as a lambda, so a quiet run never formats them."""

    def __init__(self, target: Target, *, loud: bool = True) -> None:
        self.target = target
        self.binding = bool(target.binding)
        self.loud = loud
        self.lines: list[str] = []
        self.unit = target.unit or ""
        self.form: Form | None = None

    def say(self, line: Line) -> None:
        if self.loud:
            self.lines.append(line() if callable(line) else line)

    def v(self, x: float | None) -> str:
        return f"{fmt(x)} {self.unit}".rstrip()

    def done(self, status: Status, **fields) -> Assessment:
        self.say(lambda: f"状态 status: {STATUS_ZH[status]} {status}")
        fields.setdefault("form", self.form)
        lines = self.lines if self.loud else None
        return Assessment(target_id=self.target.id, status=status, explanation=lines, **fields)
