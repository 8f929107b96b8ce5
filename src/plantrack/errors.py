"""Named exceptions. Every message says what was wrong and, where useful, what to do.

The CLI prints `str(exc)` on one line and exits non-zero; the web app turns them into
`{"ok": false, "error": str(exc), "status": exc.status}`.
"""


class PlantrackError(Exception):
    """Base class; `status` is the HTTP status the web layer uses."""

    status = 400


class ReadError(PlantrackError):
    """A file could not be read as a plan document (empty, binary, corrupt, too big, ...)."""


class UnsupportedFormat(ReadError):
    """The file extension is not one plantrack reads."""


class UnsupportedMedia(UnsupportedFormat):
    """A file whose bytes are not of a kind plantrack accepts here (an evidence file)."""

    status = 415


class TooLarge(ReadError):
    """A file beyond a size limit (read/limits.py)."""

    status = 413


class NotFound(PlantrackError):
    """A plan, node, target, user ... does not exist."""

    status = 404


class NoPlan(NotFound):
    """The store holds no plan at all (the CLI adds which store it looked in)."""


class ValidationError(PlantrackError):
    """A value given by a user is not acceptable (a number, a unit, a period ...)."""

    status = 422


class UnitMismatch(ValidationError):
    """Two units do not measure the same thing (% against 亿元)."""


class Conflict(PlantrackError):
    """A concurrent edit: the version the caller saw is not the current one."""

    status = 409


class StoreError(PlantrackError):
    """The database holds a value this plantrack does not know (e.g. written by a newer one)."""

    status = 500


class PermissionDenied(PlantrackError):
    """The user may not do this."""

    status = 403


class ImportRejected(ValidationError):
    """An all-or-nothing import found invalid rows; `rows` lists (row_number, reason)."""

    def __init__(self, message: str, rows: list[tuple[int, str]] | None = None):
        super().__init__(message)
        self.rows = rows or []
