"""Access state that lives in the store, so every web worker (process) shares it: failed logins
(the login limiter), each user's last write stamp (read-your-writes in the page cache), and the
server secret CSRF tokens are signed with (rotated on demand).
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Sequence

from sqlalchemy import Engine

from plantrack.access.accounts import iso, now
from plantrack.errors import PlantrackError
from plantrack.store import accounts as store
from plantrack.store.plans import write_audit

CSRF_SECRET = "csrf"


class TooManyAttempts(PlantrackError):
    """Login rate limit reached."""

    status = 429


# -- login throttling ---------------------------------------------------------------------------
def check_login(engine: Engine, keys: Sequence[str], *, limit: int, window: float) -> None:
    """Refuse (TooManyAttempts) when any key has `limit` failures in the last `window` seconds."""
    with engine.connect() as conn:
        counts = store.count_attempts(conn, keys, time.time() - window)
    if any(n >= limit for n in counts.values()):
        raise TooManyAttempts(
            f"too many failed logins: wait {int(window // 60) or 1} min and retry"
        )


def login_failed(engine: Engine, keys: Sequence[str], *, window: float) -> None:
    """Count one failure for each key (and forget failures older than the window)."""
    moment = time.time()
    with engine.begin() as conn:
        store.add_attempts(conn, keys, moment)
        store.prune_attempts(conn, moment - window)


def login_succeeded(engine: Engine, keys: Sequence[str]) -> None:
    with engine.begin() as conn:
        store.clear_attempts(conn, keys)


# -- write stamps -------------------------------------------------------------------------------
def audit_stamp(engine: Engine) -> int:
    with engine.connect() as conn:
        return store.audit_stamp(conn)


def note_write(engine: Engine, user_id: int) -> int:
    """Remember the current audit stamp as `user_id`'s last write; returns it."""
    with engine.begin() as conn:
        stamp = store.audit_stamp(conn)
        store.set_write_stamp(conn, user_id, stamp, iso(now()))
    return stamp


def page_stamps(engine: Engine, user_id: int | None) -> tuple[int, int]:
    """(the audit stamp, the stamp of `user_id`'s last write or 0), on one connection."""
    with engine.connect() as conn:
        stamp = store.audit_stamp(conn)
        need = store.write_stamp(conn, user_id) if user_id is not None else 0
    return stamp, need


# -- server secrets -----------------------------------------------------------------------------
def server_secret(engine: Engine, name: str = CSRF_SECRET) -> str:
    """The secret called `name`, made (32 random bytes, hex) on first use."""
    with engine.connect() as conn:
        found = store.get_secret(conn, name)
    if found is not None:
        return found
    with engine.begin() as conn:
        return store.put_secret(conn, name, secrets.token_hex(32), iso(now()))


def rotate_secret(engine: Engine, name: str = CSRF_SECRET, *, actor: str = "cli") -> None:
    """Replace the secret: everything signed with the old one stops being accepted."""
    with engine.begin() as conn:
        store.replace_secret(conn, name, secrets.token_hex(32), iso(now()))
        write_audit(
            conn,
            actor=actor,
            action="rotate",
            subject="server_secret",
            subject_id=name,
            plan_id=None,
        )
