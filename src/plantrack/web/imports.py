"""Figures uploaded as a workbook (XLSX, XLS/ET or CSV) from a department page, with a per-row report.

The tracking importer (track/imports.py) validates and stores; this module adds the one rule it
cannot know: an editor may only import rows of targets assigned to the editor's department.
Such rows are refused like invalid rows — all or nothing by default, skipped with skip_invalid.
"""

from __future__ import annotations

import csv
import secrets
import shutil
from pathlib import Path
from typing import Any

from fastapi import UploadFile

from plantrack.access import permissions
from plantrack.access.accounts import User
from plantrack.access.permissions import Action
from plantrack.errors import ImportRejected
from plantrack.web.uploads import safe_name, save_upload
from plantrack.workspace import Workspace

ALLOWED = (".xlsx", ".xls", ".et", ".csv")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _rows(sheets: list[Any]) -> list[tuple[int, dict[str, Any]]]:
    out = []
    for sheet in sheets:
        for number, cells in sheet.rows:
            fields = {
                key: cells[col] if col < len(cells) else None for col, key in sheet.headers.items()
            }
            if any(v is not None and str(v).strip() for v in fields.values()):
                out.append((number, fields))
    return out


def import_figures(
    ws: Workspace,
    user: User | None,
    plan_id: int,
    upload: UploadFile,
    folder: Path,
    *,
    skip_invalid: bool = False,
) -> dict[str, Any]:
    """Store the figures of an uploaded workbook; return the per-row report."""
    from plantrack.track.imports import read_file

    permissions.require(user, Action.IMPORT_FIGURES, "import figures")
    name = safe_name(upload.filename, ALLOWED)
    work = folder / "imports" / secrets.token_urlsafe(12)
    try:
        path = save_upload(upload.file, work, name)
        rows = _rows(read_file(path))
        refused: list[tuple[int, str]] = []
        numbers: list[int] = []
        source = path
        if permissions.department_scoped(user):
            mine = ws.department_target_ids(plan_id, user.department_id or -1)
            allowed = []
            for number, fields in rows:
                tid = str(fields.get("target_id") or "").strip()
                if tid in mine:
                    allowed.append((number, fields))
                else:
                    refused.append(
                        (
                            number,
                            f"row {number}: target {tid or '(empty)'} is not "
                            f"assigned to {user.department}",
                        )
                    )
            if refused and not skip_invalid:
                return _report(
                    name,
                    rows,
                    refused,
                    None,
                    status=403,
                    message=f"{name}: {len(refused)} rows for other departments' targets, "
                    "nothing imported",
                )
            source, numbers = _filtered_csv(work, allowed), [n for n, _ in allowed]
        try:
            result = ws.import_observations(source, plan_id, skip_invalid=skip_invalid)
        except ImportRejected as exc:
            rejected = _renumber(exc.rows, numbers) if source != path else exc.rows
            return _report(
                name,
                rows,
                refused + rejected,
                None,
                status=422,
                message=str(exc).replace(source.name, name),
            )
        rejected = _renumber(result.rejected, numbers) if source != path else result.rejected
        return _report(name, rows, refused + rejected, result, status=200, message=None)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _filtered_csv(folder: Path, rows: list[tuple[int, dict[str, Any]]]) -> Path:
    keys = sorted({k for _, fields in rows for k in fields}) or ["target_id", "period", "value"]
    path = folder / "allowed.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(keys)
        for _, fields in rows:
            writer.writerow([_cell(fields.get(k)) for k in keys])
    return path


def _renumber(items: list[tuple[int, str]], numbers: list[int]) -> list[tuple[int, str]]:
    """Row n of the filtered CSV (header = row 1) is the n-2'th allowed row of the upload."""
    out = []
    for row, reason in items:
        original = numbers[row - 2] if 2 <= row < len(numbers) + 2 else row
        out.append((original, reason.replace(f"row {row}", f"row {original}", 1)))
    return out


def _report(
    name: str,
    rows: list[tuple[int, dict[str, Any]]],
    rejected: list[tuple[int, str]],
    result: Any,
    *,
    status: int,
    message: str | None,
) -> dict[str, Any]:
    bad = dict(sorted(rejected))
    stored = result is not None
    report = []
    for number, fields in rows:
        tid = str(fields.get("target_id") or "").strip() or None
        if number in bad:
            report.append({"row": number, "target_id": tid, "ok": False, "message": bad[number]})
        else:
            report.append(
                {
                    "row": number,
                    "target_id": tid,
                    "ok": stored,
                    "message": "已导入 imported" if stored else "未导入 not imported",
                }
            )
    counts = result.to_dict() if stored else {"recorded": 0, "updated": 0, "unchanged": 0}
    counts.pop("rejected", None)
    ok_rows = sum(1 for r in report if r["ok"])
    return {
        "file": name,
        "status": status,
        "ok_rows": ok_rows,
        "rows": report,
        "message": message,
        **counts,
    }
