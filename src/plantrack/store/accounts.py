"""The SQL of accounts and of the access state the web workers share: users, departments,
sessions, API tokens, failed logins, write stamps and server secrets.

Plain functions over a Connection; the caller (plantrack.access, through the Workspace) owns the
transaction and every rule (hashing, expiry, who may do what).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from plantrack.store.assignments import department_id
from plantrack.store.schema import (
    api_tokens,
    audit,
    departments,
    login_attempts,
    server_secrets,
    sessions,
    users,
    write_stamps,
)

Row = Mapping[str, Any]


def _insert_once(conn: Connection, statement: Any) -> bool:
    """Run an INSERT; False if a concurrent writer inserted the same key first. PostgreSQL needs a
    savepoint to go on after the error; SQLite serialises writers (and a failed statement leaves
    its transaction usable), so it goes without one, as store/assignments.department_id does."""
    try:
        if conn.dialect.name == "sqlite":
            conn.execute(statement)
        else:
            with conn.begin_nested():
                conn.execute(statement)
    except IntegrityError:
        return False
    return True


# -- departments --------------------------------------------------------------------------------
def ensure_department(conn: Connection, name: str) -> int:
    """The id of the department called `name`, created if missing (race-safe)."""
    return int(department_id(conn, name))


def list_departments(conn: Connection) -> list[dict[str, Any]]:
    rows = conn.execute(select(departments).order_by(departments.c.id)).mappings().all()
    return [dict(r) for r in rows]


def get_department(conn: Connection, dept_id: int) -> dict[str, Any] | None:
    row = conn.execute(select(departments).where(departments.c.id == dept_id)).mappings().first()
    return dict(row) if row is not None else None


def find_department(conn: Connection, ref: str | int) -> dict[str, Any] | None:
    """A department by id or exact name."""
    text = str(ref).strip()
    where = departments.c.name == text
    if text.isdigit():
        where = where | (departments.c.id == int(text))
    row = conn.execute(select(departments).where(where)).mappings().first()
    return dict(row) if row is not None else None


def set_department_email(conn: Connection, dept_id: int, email: str | None) -> None:
    conn.execute(update(departments).where(departments.c.id == dept_id).values(email=email))


# -- users --------------------------------------------------------------------------------------
def _user_query():
    return select(users, departments.c.name.label("department")).select_from(
        users.outerjoin(departments, users.c.department_id == departments.c.id)
    )


def user_row(conn: Connection, ref: str | int) -> Row | None:
    """A user with its department name, by id (int) or user name (str)."""
    query = _user_query()
    query = (
        query.where(users.c.id == ref)
        if isinstance(ref, int)
        else query.where(users.c.username == ref)
    )
    return conn.execute(query).mappings().first()


def user_rows(conn: Connection) -> list[Row]:
    return list(conn.execute(_user_query().order_by(users.c.id)).mappings().all())


def username_taken(conn: Connection, username: str) -> bool:
    return conn.execute(select(users.c.id).where(users.c.username == username)).first() is not None


def insert_user(
    conn: Connection,
    *,
    username: str,
    password_hash: str,
    role: str,
    department_id: int | None,
    created_at: str,
) -> int:
    result = conn.execute(
        insert(users).values(
            username=username,
            password_hash=password_hash,
            role=role,
            department_id=department_id,
            disabled=False,
            created_at=created_at,
        )
    )
    return int(result.inserted_primary_key[0])


def set_user_disabled(conn: Connection, user_id: int, disabled: bool) -> None:
    conn.execute(update(users).where(users.c.id == user_id).values(disabled=disabled))


def set_password_hash(conn: Connection, user_id: int, password_hash: str) -> None:
    conn.execute(update(users).where(users.c.id == user_id).values(password_hash=password_hash))


# -- sessions -----------------------------------------------------------------------------------
def insert_session(
    conn: Connection, sid: str, user_id: int, created_at: str, expires_at: str
) -> None:
    conn.execute(
        insert(sessions).values(
            id=sid, user_id=user_id, created_at=created_at, expires_at=expires_at
        )
    )


def delete_expired_sessions(conn: Connection, now: str) -> None:
    conn.execute(delete(sessions).where(sessions.c.expires_at < now))


def delete_user_sessions(conn: Connection, user_id: int) -> None:
    conn.execute(delete(sessions).where(sessions.c.user_id == user_id))


def delete_session(conn: Connection, sid: str) -> None:
    conn.execute(delete(sessions).where(sessions.c.id == sid))


_SESSION_QUERY = None


def session_row(conn: Connection, sid: str) -> Row | None:
    """The user of a session (with `expires_at`); this runs on every request, so the query is
    built once (a bindparam instead of a new select)."""
    global _SESSION_QUERY
    if _SESSION_QUERY is None:
        _SESSION_QUERY = (
            _user_query()
            .add_columns(sessions.c.expires_at)
            .join(sessions, sessions.c.user_id == users.c.id)
            .where(sessions.c.id == bindparam("sid"))
        )
    return conn.execute(_SESSION_QUERY, {"sid": sid}).mappings().first()


# -- API tokens ---------------------------------------------------------------------------------
def insert_token(
    conn: Connection, user_id: int, name: str, token_hash: str, created_at: str
) -> None:
    conn.execute(
        insert(api_tokens).values(
            user_id=user_id, name=name, token_hash=token_hash, created_at=created_at
        )
    )


def token_row(conn: Connection, token_hash: str) -> Row | None:
    query = (
        _user_query()
        .add_columns(api_tokens.c.id.label("token_id"))
        .join(api_tokens, api_tokens.c.user_id == users.c.id)
        .where(api_tokens.c.token_hash == token_hash)
    )
    return conn.execute(query).mappings().first()


# -- failed logins (the login limiter) ----------------------------------------------------------
def attempt_stats(conn: Connection, key: str, since: float) -> tuple[int, float | None]:
    """(failures of `key` at or after `since`, the time of the last one)."""
    row = conn.execute(
        select(func.count(), func.max(login_attempts.c.at)).where(
            login_attempts.c.key == key, login_attempts.c.at >= since
        )
    ).one()
    return int(row[0]), row[1]


def add_attempts(conn: Connection, keys: Iterable[str], at: float) -> None:
    rows = [{"key": key, "at": at} for key in keys]
    if rows:
        conn.execute(insert(login_attempts), rows)


def clear_attempts(conn: Connection, keys: Iterable[str]) -> None:
    conn.execute(delete(login_attempts).where(login_attempts.c.key.in_(list(keys))))


def prune_attempts(conn: Connection, before: float) -> None:
    conn.execute(delete(login_attempts).where(login_attempts.c.at < before))


# -- the audit stamp and write stamps (the page cache) ------------------------------------------
_STAMP = select(func.max(audit.c.id))


def audit_stamp(conn: Connection) -> int:
    """`max(audit.id)`: moves whenever anything was written (every write is audited)."""
    return int(conn.execute(_STAMP).scalar() or 0)


def write_stamp(conn: Connection, user_id: int) -> int:
    found = conn.execute(
        select(write_stamps.c.stamp).where(write_stamps.c.user_id == user_id)
    ).scalar()
    return int(found or 0)


def set_write_stamp(conn: Connection, user_id: int, stamp: int, at: str) -> None:
    """Upsert: the stamp only moves forward (a slower worker may report an older one)."""
    forward = (
        update(write_stamps)
        .where(write_stamps.c.user_id == user_id, write_stamps.c.stamp < stamp)
        .values(stamp=stamp, at=at)
    )
    if conn.execute(forward).rowcount or write_stamp_exists(conn, user_id):
        return
    if not _insert_once(conn, insert(write_stamps).values(user_id=user_id, stamp=stamp, at=at)):
        conn.execute(forward)  # another worker inserted it meanwhile: move it forward instead


def write_stamp_exists(conn: Connection, user_id: int) -> bool:
    query = select(write_stamps.c.user_id).where(write_stamps.c.user_id == user_id)
    return conn.execute(query).first() is not None


# -- recent audit rows --------------------------------------------------------------------------
def recent_audit(conn: Connection, plan_id: int, limit: int) -> list[dict[str, Any]]:
    """The latest audit rows of a plan, newest first."""
    rows = conn.execute(
        select(audit).where(audit.c.plan_id == plan_id).order_by(audit.c.id.desc()).limit(limit)
    ).mappings()
    return [dict(r) for r in rows]


# -- server secrets -----------------------------------------------------------------------------
def get_secret(conn: Connection, name: str) -> str | None:
    return conn.execute(
        select(server_secrets.c.value).where(server_secrets.c.name == name)
    ).scalar()


def put_secret(conn: Connection, name: str, value: str, created_at: str) -> str:
    """Store `value` under `name` unless another worker stored one first; returns the stored one."""
    _insert_once(conn, insert(server_secrets).values(name=name, value=value, created_at=created_at))
    return str(get_secret(conn, name))


def replace_secret(conn: Connection, name: str, value: str, created_at: str) -> None:
    conn.execute(delete(server_secrets).where(server_secrets.c.name == name))
    conn.execute(insert(server_secrets).values(name=name, value=value, created_at=created_at))
