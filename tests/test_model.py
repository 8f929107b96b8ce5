"""The typed values of model.py: every status has its words and colours, and what the store gives
back carries the enum members, not bare words."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import update

from plantrack.errors import StoreError
from plantrack.model import (
    CORE_STATUSES,
    STATUS_STYLE,
    STATUS_URGENCY,
    STATUSES,
    Comparator,
    Location,
    Status,
    Target,
    TargetKind,
)
from plantrack.store.schema import targets
from plantrack.workspace import Workspace

HEX = re.compile(r"#[0-9a-f]{6}")


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


@pytest.mark.parametrize("status", list(Status))
def test_every_status_has_its_words_and_colours(status: Status) -> None:
    style = STATUS_STYLE[status]
    assert style.zh and style.en
    for colour in (style.colour, style.fill, style.on_fill):
        assert HEX.fullmatch(colour), (status, colour)
    # legible: the word on white, a label on the fill (WCAG AA, 4.5:1)
    assert _contrast(style.colour, "#ffffff") >= 4.5, status
    assert _contrast(style.on_fill, style.fill) >= 4.5, status


def test_the_status_lists_are_the_enum() -> None:
    assert list(STATUS_STYLE) == list(Status) == list(STATUSES)
    assert sorted(STATUS_URGENCY) == sorted(Status)
    assert set(CORE_STATUSES) <= set(Status)


def test_plain_words_become_members_and_unknown_ones_fail() -> None:
    t = Target("t1", "GDP", 5.0, "%", ">=", "annual", 2030, "增长5%", Location("c1"))
    assert (t.comparator, t.kind) == (Comparator.GE, TargetKind.ANNUAL)
    assert type(t.comparator) is Comparator and type(t.kind) is TargetKind
    assert t.to_dict()["comparator"] == ">=" and t.to_dict()["kind"] == "annual"
    with pytest.raises(ValueError):
        Target("t2", "GDP", 5.0, "%", ">=", "yearly", 2030, "", Location("c1"))


def test_a_target_read_back_from_the_store_has_enum_members(sample_ws: Workspace) -> None:
    stored = sample_ws.targets()
    assert stored
    for t in stored:
        assert type(t.kind) is TargetKind, t.id
        assert t.comparator is None or type(t.comparator) is Comparator, t.id
    assert type(sample_ws.target(stored[0].id).kind) is TargetKind


def test_an_unknown_stored_word_is_a_clear_error(sample_ws: Workspace) -> None:
    first = sample_ws.targets()[0]
    with sample_ws.engine.begin() as conn:
        conn.execute(update(targets).where(targets.c.target_id == first.id).values(kind="yearly"))
    with pytest.raises(StoreError, match=rf"target {re.escape(first.id)} .*unknown kind 'yearly'"):
        sample_ws.targets()
