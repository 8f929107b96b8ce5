"""Accounts: users, password hashes (argon2), server-side sessions and API tokens.

Functions over a Connection: they read and write on it and never open or commit a transaction;
the Workspace picks the transaction (`_reading` / `_writing`), so the CLI (`plantrack users ...`)
and the web app share them and an account write composes with `ws.transaction()`. The SQL is
store/accounts.py. Secrets are never stored: a session
row and an API token row keep the sha256 of the value the client holds, so a copy of the
database cannot be replayed as a login.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection

from plantrack.errors import NotFound, PlantrackError, ValidationError
from plantrack.model import Role
from plantrack.store import accounts as store
from plantrack.store.plans import write_audit

_USERNAME = re.compile(r"^[\w.@-]{1,100}$")
_dummy_hash: str | None = None


@lru_cache(maxsize=1)
def _argon2() -> Any:
    """The password hasher, made on first use (listing users need not load argon2)."""
    from argon2 import PasswordHasher

    return PasswordHasher()


def _dummy() -> str:
    """Verifying an unknown user costs as much as a known one (no user-enumeration by timing);
    hashed on first use, not at import (an argon2 hash costs tens of milliseconds)."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _argon2().hash("plantrack-dummy-password")
    return _dummy_hash


TOKEN_PREFIX = "pt_"


class Unauthorized(PlantrackError):
    """No valid login, session or token."""

    status = 401


@dataclass(slots=True)
class User:
    id: int
    username: str
    role: Role
    department_id: int | None
    department: str | None
    disabled: bool
    created_at: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def now() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _user(row: Any) -> User:
    return User(
        id=row["id"],
        username=row["username"],
        role=Role(row["role"]),
        department_id=row["department_id"],
        department=row["department"],
        disabled=bool(row["disabled"]),
        created_at=row["created_at"],
    )


def parse_role(role: str) -> Role:
    try:
        return Role(role)
    except ValueError:
        raise ValidationError(
            f"role {role!r}: expected one of {', '.join(r.value for r in Role)}"
        ) from None


# -- departments --------------------------------------------------------------------------------
def ensure_department(conn: Connection, name: str) -> int:
    """The id of the department called `name`, created if missing."""
    name = name.strip()
    if not name:
        raise ValidationError("department: empty name")
    return store.ensure_department(conn, name)


def list_departments(conn: Connection) -> list[dict[str, Any]]:
    return store.list_departments(conn)


def get_department(conn: Connection, department_id: int) -> dict[str, Any]:
    found = store.get_department(conn, department_id)
    if found is None:
        raise NotFound(f"department {department_id}: no such department")
    return found


_EMAIL = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")


def set_department_email(
    conn: Connection, ref: str | int, email: str | None, *, actor: str
) -> dict[str, Any]:
    """Set (or with None/blank, clear) the address reminders to a department go to; audited."""
    found = store.find_department(conn, ref)
    if found is None:
        raise NotFound(f"department {ref}: no such department (see plantrack departments list)")
    address = (email or "").strip() or None
    if address is not None and (len(address) > 254 or not _EMAIL.match(address)):
        raise ValidationError(f"email {address!r}: not an e-mail address like name@example.gov.cn")
    store.set_department_email(conn, found["id"], address)
    write_audit(
        conn,
        actor=actor,
        action="set_email",
        subject="department",
        subject_id=str(found["id"]),
        plan_id=None,
        old={"email": found.get("email")},
        new={"email": address},
    )
    return {**found, "email": address}


# -- users --------------------------------------------------------------------------------------
def add_user(
    conn: Connection,
    username: str,
    password: str,
    role: str,
    *,
    department: str | None = None,
    actor: str = "cli",
) -> User:
    """Create a user; an editor needs a department (created if it does not exist yet)."""
    username = username.strip()
    if not _USERNAME.match(username):
        raise ValidationError(f"username {username!r}: use 1-100 letters, digits, . _ @ -")
    the_role = parse_role(role)
    if len(password) < 8:
        raise ValidationError("password: at least 8 characters")
    if the_role is Role.EDITOR and not department:
        raise ValidationError("department: an editor needs a department (--department 市发改委)")
    department_id = ensure_department(conn, department) if department else None
    if store.username_taken(conn, username):
        raise ValidationError(f"username {username!r}: already exists")
    store.insert_user(
        conn,
        username=username,
        password_hash=_argon2().hash(password),
        role=the_role.value,
        department_id=department_id,
        created_at=iso(now()),
    )
    write_audit(
        conn,
        actor=actor,
        action="create",
        subject="user",
        subject_id=username,
        plan_id=None,
        new={"role": the_role.value, "department": department},
    )
    return get_user(conn, username)


def get_user(conn: Connection, ref: str | int) -> User:
    row = store.user_row(conn, ref)
    if row is None:
        raise NotFound(f"user {ref}: no such user (see plantrack users list)")
    return _user(row)


def list_users(conn: Connection) -> list[User]:
    return [_user(r) for r in store.user_rows(conn)]


def set_disabled(
    conn: Connection, username: str, disabled: bool = True, *, actor: str = "cli"
) -> User:
    """Disable (or re-enable) a user; disabling also ends every session at once."""
    user = get_user(conn, username)
    store.set_user_disabled(conn, user.id, disabled)
    if disabled:
        store.delete_user_sessions(conn, user.id)
    write_audit(
        conn,
        actor=actor,
        action="disable" if disabled else "enable",
        subject="user",
        subject_id=username,
        plan_id=None,
        old={"disabled": user.disabled},
        new={"disabled": disabled},
    )
    return get_user(conn, username)


def authenticate(conn: Connection, username: str, password: str) -> tuple[User | None, str | None]:
    """Reads only. The user if the password is right and the account enabled, else None; and,
    when the stored hash has outdated argon2 parameters, a fresh hash of the password for
    `set_password_hash` (else None)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    hasher = _argon2()
    row = store.user_row(conn, username)
    stored = row["password_hash"] if row else _dummy()
    try:
        hasher.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return None, None
    if row is None or row["disabled"]:
        return None, None
    fresh = hasher.hash(password) if hasher.check_needs_rehash(stored) else None
    return _user(row), fresh


def set_password_hash(conn: Connection, user_id: int, password_hash: str) -> None:
    store.set_password_hash(conn, user_id, password_hash)


def audit_event(
    conn: Connection,
    *,
    actor: str,
    action: str,
    subject: str,
    subject_id: str | None,
    new: Any = None,
) -> None:
    """One audit row for an account event without a plan (login, logout, failed login …)."""
    write_audit(
        conn,
        actor=actor,
        action=action,
        subject=subject,
        subject_id=subject_id,
        plan_id=None,
        new=new,
    )


# -- sessions -----------------------------------------------------------------------------------
def create_session(conn: Connection, user: User, ttl: timedelta) -> str:
    """A new session; returns the cookie value (only its sha256 is stored)."""
    raw = secrets.token_urlsafe(32)
    moment = now()
    store.insert_session(conn, digest(raw), user.id, iso(moment), iso(moment + ttl))
    # Housekeeping: expired rows of anyone are useless.
    store.delete_expired_sessions(conn, iso(moment))
    return raw


def session_user(conn: Connection, raw: str) -> User | None:
    """The user of a live session: not expired, user not disabled."""
    row = store.session_row(conn, digest(raw))
    if row is None or row["disabled"] or row["expires_at"] < iso(now()):
        return None
    return _user(row)


def end_session(conn: Connection, raw: str) -> None:
    store.delete_session(conn, digest(raw))


# -- API tokens ---------------------------------------------------------------------------------
def create_token(conn: Connection, user: User, name: str, *, actor: str | None = None) -> str:
    """A new API token for scripts; returns the token (shown once, only its hash is kept)."""
    name = name.strip()[:100] or "token"
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    store.insert_token(conn, user.id, name, digest(raw), iso(now()))
    write_audit(
        conn,
        actor=actor or f"web:{user.username}",
        action="create",
        subject="api_token",
        subject_id=name,
        plan_id=None,
        new={"user": user.username, "name": name},
    )
    return raw


def token_user(conn: Connection, raw: str) -> User | None:
    row = store.token_row(conn, digest(raw))
    if row is None or row["disabled"]:
        return None
    return _user(row)
