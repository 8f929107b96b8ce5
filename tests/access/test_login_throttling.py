"""Login throttling cannot lock anyone out (access/state.py): failures are counted per account and
address, each attempt beyond the free ones waits twice as long as the one before (at most the
cap), and nothing else is slowed down. Times are given (`at=`), so nothing sleeps."""

from __future__ import annotations

import pytest

from plantrack.access import state
from plantrack.access.state import LoginRule, TooManyAttempts, login_key
from plantrack.workspace import Workspace

RULE = LoginRule(free=5, base=1.0, cap=900.0, window=3600.0)
T0 = 1_000_000.0


def test_the_delays_double_up_to_the_cap() -> None:
    delays = [RULE.delay(n) for n in range(17)]
    assert delays[:5] == [0.0] * 5
    assert delays[5:12] == [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0]
    assert delays[14:] == [512.0, 900.0, 900.0]
    assert RULE.delay(10**9) == 900.0  # never overflows, never more than the cap


def _fail(conn, key: str, times: list[float]) -> None:
    for at in times:
        state.login_failed(conn, key, RULE, at=at)


def _wait(conn, key: str, at: float) -> float:
    """How long after `at` the next attempt of `key` is let in (asking as a client would)."""
    wait = 0.0
    while True:
        try:
            state.check_login(conn, key, RULE, at=at + wait)
            return wait
        except TooManyAttempts as exc:
            wait += exc.retry_after


def test_a_delay_not_a_lock(workspace: Workspace) -> None:
    key = login_key("admin", "203.0.113.9")
    with workspace.engine.begin() as conn:
        _fail(conn, key, [T0 + i for i in range(5)])  # five free failures
        with pytest.raises(TooManyAttempts, match="retry in 1 s") as caught:
            state.check_login(conn, key, RULE, at=T0 + 4.5)
        assert caught.value.retry_after == 1 and caught.value.status == 429
        # an attacker who waits out every delay is let in each time, never after more than the
        # cap, and gets few guesses an hour
        at, waits = T0 + 4, []
        for _ in range(40):
            waits.append(_wait(conn, key, at))
            at += waits[-1]
            state.login_failed(conn, key, RULE, at=at)
        assert waits[:7] == [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 64.0]
        assert max(waits) == RULE.cap
        elapsed = [sum(waits[: i + 1]) for i in range(len(waits))]
        assert sum(1 for t in elapsed if t <= 3600) <= 15


def test_others_are_never_slowed_down(workspace: Workspace) -> None:
    attacker = login_key("admin", "203.0.113.9")
    with workspace.engine.begin() as conn:
        _fail(conn, attacker, [T0 + i for i in range(20)])
        with pytest.raises(TooManyAttempts):
            state.check_login(conn, attacker, RULE, at=T0 + 20)
        state.check_login(conn, login_key("admin", "10.0.0.5"), RULE, at=T0 + 20)
        state.check_login(conn, login_key("planner", "203.0.113.9"), RULE, at=T0 + 20)
        assert login_key(" Admin ", "1.2.3.4") == login_key("admin", "1.2.3.4")


def test_a_success_and_the_window_forget_failures(workspace: Workspace) -> None:
    key = login_key("viewer", "10.0.0.7")
    with workspace.engine.begin() as conn:
        _fail(conn, key, [T0 + i for i in range(8)])
        with pytest.raises(TooManyAttempts):
            state.check_login(conn, key, RULE, at=T0 + 8)
        state.check_login(conn, key, RULE, at=T0 + 7 + RULE.window + 1)  # all out of the window
        state.login_succeeded(conn, key)
        state.check_login(conn, key, RULE, at=T0 + 8)
