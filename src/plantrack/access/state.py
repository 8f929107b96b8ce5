"""Access state that lives in the store, so every web worker (process) shares it: failed logins
(the login limiter), each user's last write stamp (read-your-writes in the page cache), and the
server secret CSRF tokens are signed with (rotated on demand).

Functions over a Connection that never open or commit a transaction: the Workspace runs them in
`_reading` / `_writing`.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Sequence

from sqlalchemy import Connection

from plantrack.access.accounts import iso, now
from plantrack.errors import PlantrackError
from plantrack.store import accounts as store
from plantrack.store.plans import write_audit

CSRF_SECRET = "csrf"


class TooManyAttempts(PlantrackError):
    """Login rate limit reached."""

    status = 429


# -- login throttling ---------------------------------------------------------------------------
def check_login(conn: Connection, keys: Sequence[str], *, limit: int, window: float) -> None:
    """Refuse (TooManyAttempts) when any key has `limit` failures in the last `window` seconds."""
    counts = store.count_attempts(conn, keys, time.time() - window)
    if any(n >= limit for n in counts.values()):
        raise TooManyAttempts(
            f"too many failed logins: wait {int(window // 60) or 1} min and retry"
        )


def login_failed(conn: Connection, keys: Sequence[str], *, window: float) -> None:
    """Count one failure for each key (and forget failures older than the window)."""
    moment = time.time()
    store.add_attempts(conn, keys, moment)
    store.prune_attempts(conn, moment - window)


def login_succeeded(conn: Connection, keys: Sequence[str]) -> None:
    store.clear_attempts(conn, keys)


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
