"""Access state that lives in the store, so every web worker (process) shares it: failed logins
(the login limiter), each user's last write stamp (read-your-writes in the page cache), and the
server secret CSRF tokens are signed with (rotated on demand). Login throttling is an
exponential delay per account and address (`LoginRule`), never a lock.

Functions over a Connection that never open or commit a transaction: the Workspace runs them in
`_reading` / `_writing`.
"""

from __future__ import annotations

import math
import secrets
import time
from dataclasses import dataclass

from sqlalchemy import Connection

from plantrack.access.accounts import iso, now
from plantrack.errors import PlantrackError
from plantrack.store import accounts as store
from plantrack.store.plans import write_audit

CSRF_SECRET = "csrf"


class TooManyAttempts(PlantrackError):
    """Too many failed logins of one account from one address: wait `retry_after` seconds."""

    status = 429

    def __init__(self, message: str, retry_after: int = 1) -> None:
        super().__init__(message)
        self.retry_after = retry_after


# -- login throttling ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LoginRule:
    """Failed logins are counted per account *and* client address. The first `free` failures
    cost nothing; after that each attempt waits `base` seconds, doubled with every further
    failure, at most `cap`; failures older than `window` are forgotten, a success forgets them at
    once. Nobody is ever locked out: the right password from another address (or after the
    delay) gets in, and one address's failures never delay another's login."""

    free: int = 5
    base: float = 1.0
    cap: float = 900.0
    window: float = 3600.0

    def delay(self, failures: int) -> float:
        """Seconds to wait after the last of `failures` failures."""
        if failures < self.free:
            return 0.0
        return min(self.cap, self.base * 2.0 ** min(failures - self.free, 64))


def login_key(username: str, address: str) -> str:
    """The throttling key of one account (user name as typed, case-folded) from one address."""
    return f"login:{username.strip().casefold()[:100]}|{address}"


def check_login(conn: Connection, key: str, rule: LoginRule, *, at: float | None = None) -> None:
    """TooManyAttempts while `key`'s failures still make it wait (see LoginRule)."""
    at = time.time() if at is None else at
    failures, last = store.attempt_stats(conn, key, at - rule.window)
    wait = (last or 0.0) + rule.delay(failures) - at if failures else 0.0
    if wait > 0:
        seconds = max(1, math.ceil(wait))
        raise TooManyAttempts(
            f"too many failed logins for this account from your address: retry in {seconds} s",
            retry_after=seconds,
        )


def login_failed(conn: Connection, key: str, rule: LoginRule, *, at: float | None = None) -> None:
    """Count one failure of `key` (and forget every key's failures older than the window)."""
    at = time.time() if at is None else at
    store.add_attempts(conn, [key], at)
    store.prune_attempts(conn, at - rule.window)


def login_succeeded(conn: Connection, key: str) -> None:
    store.clear_attempts(conn, [key])


# -- write stamps -------------------------------------------------------------------------------
def audit_stamp(conn: Connection) -> int:
    return store.audit_stamp(conn)


def note_write(conn: Connection, user_id: int) -> int:
    """Remember the current audit stamp as `user_id`'s last write; returns it."""
    stamp = store.audit_stamp(conn)
    store.set_write_stamp(conn, user_id, stamp, iso(now()))
    return stamp


def page_stamps(conn: Connection, user_id: int | None) -> tuple[int, int]:
    """(the audit stamp, the stamp of `user_id`'s last write or 0), on one connection."""
    stamp = store.audit_stamp(conn)
    need = store.write_stamp(conn, user_id) if user_id is not None else 0
    return stamp, need


# -- server secrets -----------------------------------------------------------------------------
def get_secret(conn: Connection, name: str = CSRF_SECRET) -> str | None:
    """The secret called `name`, or None if none was made yet (reads only)."""
    return store.get_secret(conn, name)


def make_secret(conn: Connection, name: str = CSRF_SECRET) -> str:
    """Make the secret called `name` (32 random bytes, hex) unless another worker made one first;
    returns the stored one."""
    return store.put_secret(conn, name, secrets.token_hex(32), iso(now()))


def rotate_secret(conn: Connection, name: str = CSRF_SECRET, *, actor: str = "cli") -> None:
    """Replace the secret: everything signed with the old one stops being accepted."""
    store.replace_secret(conn, name, secrets.token_hex(32), iso(now()))
    write_audit(
        conn,
        actor=actor,
        action="rotate",
        subject="server_secret",
        subject_id=name,
        plan_id=None,
    )
