"""Figures uploaded as a workbook (XLSX, XLS/ET or CSV) from a department page, with a per-row report.

The tracking importer (track/imports.py) validates and stores; this module adds the one rule it
cannot know: an editor may only import rows of targets assigned to the editor's department.
Such rows are refused like invalid rows — all or nothing by default, skipped with skip_invalid.
"""

from __future__ import annotations

import csv
import io
import secrets
import shutil
from pathlib import Path
from typing import Any

from fastapi import UploadFile

from plantrack.access import permissions
from plantrack.access.accounts import User
from plantrack.access.permissions import Action
from plantrack.errors import ImportRejected
from plantrack.read import limits
from plantrack.web.uploads import safe_name, save_upload
from plantrack.workspace import Workspace

ALLOWED = (".xlsx", ".xls", ".et", ".csv")
TEMPLATE_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}
TEMPLATE_FIELDS = ("target_id", "metric", "period", "value", "unit", "source", "note")
# what a template row holds before anyone fills it in: such a row is skipped, not refused
PREFILLED = frozenset({"target_id", "metric", "period", "unit"})
UNFILLED = "未填写，已跳过 not filled in, skipped"


def figures_template(targets: list[dict[str, Any]], year: int, fmt: str, sheet: str) -> bytes:
    """A figures workbook to fill in (XLSX, or CSV as UTF-8 with BOM for Excel/WPS): one row per
    target with its id, metric, unit and `year`; the importer reads it back as it is."""
    from plantrack.track.imports import HEADERS_ZH, sheet_title

    header = [HEADERS_ZH[k] for k in TEMPLATE_FIELDS]
    rows = [[t["id"], t["metric"], str(year), None, t.get("unit"), None, None] for t in targets]
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows([["" if c is None else c for c in r] for r in rows])
        return ("\ufeff" + out.getvalue()).encode("utf-8")
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    ws = book.active
    ws.title = sheet_title(sheet)
    ws.append(header)
    for r in rows:
        ws.append(r)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for col, width in zip("ABCDEFG", (22, 36, 8, 12, 10, 28, 24), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "C2"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _unfilled(fields: dict[str, Any]) -> bool:
    """A template row nobody filled in: nothing beyond the prefilled columns."""
    return not any(
        v is not None and str(v).strip() for k, v in fields.items() if k not in PREFILLED
    )


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
    """Store the figures of an uploaded workbook; return the per-row report. Rows of a template
    nobody filled in are skipped; an editor's rows for other departments' targets are refused."""
    from plantrack.track.imports import read_file

    permissions.require(user, Action.IMPORT_FIGURES, "import figures")
    assert user is not None
    name = safe_name(upload.filename, ALLOWED)
    work = folder / "imports" / secrets.token_urlsafe(12)
    try:
        path = save_upload(upload.file, work, name)
        with limits.budget():  # the app's read limits are in force (web/bounds.py)
            rows = _rows(read_file(path))
        skipped = {n for n, fields in rows if _unfilled(fields)}
        report = _Report(name, rows, skipped)
        if rows and len(skipped) == len(rows):
            return report.done(
                [], None, 422, f"{name}: no row has a figure filled in, nothing imported"
            )
        refused, allowed = _sort_rows(ws, user, plan_id, rows, skipped)
        if refused and not skip_invalid:
            message = (
                f"{name}: {len(refused)} rows for other departments' targets, nothing imported"
            )
            return report.done(refused, None, 403, message)
        source, numbers = path, []
        if refused or skipped:
            source, numbers = _filtered_csv(work, allowed), [n for n, _ in allowed]
        try:
            result = ws.import_observations(
                source,
                plan_id,
                skip_invalid=skip_invalid,
                needs_review=permissions.department_scoped(user),
            )
        except ImportRejected as exc:
            rejected = _renumber(exc.rows, numbers) if source != path else exc.rows
            return report.done(refused + rejected, None, 422, str(exc).replace(source.name, name))
        rejected = _renumber(result.rejected, numbers) if source != path else result.rejected
        return report.done(refused + rejected, result, 200, None)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _sort_rows(
    ws: Workspace,
    user: User,
    plan_id: int,
    rows: list[tuple[int, dict[str, Any]]],
    skipped: set[int],
) -> tuple[list[tuple[int, str]], list[tuple[int, dict[str, Any]]]]:
    """(refused, allowed): an editor's rows of targets outside the department are refused."""
    mine = (
        ws.department_target_ids(
            plan_id, user.department_id or -1, roles=permissions.RECORDING_ROLES
        )
        if permissions.department_scoped(user)
        else None
    )
    refused: list[tuple[int, str]] = []
    allowed: list[tuple[int, dict[str, Any]]] = []
    for number, fields in rows:
        if number in skipped:
            continue
        tid = str(fields.get("target_id") or "").strip()
        if mine is None or tid in mine:
            allowed.append((number, fields))
        else:
            refused.append(
                (
                    number,
                    f"row {number}: target {tid or '(empty)'} is not assigned to"
                    f" {user.department} as its lead",
                )
            )
    return refused, allowed


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


class _Report:
    """The per-row report of one upload."""

    def __init__(self, name: str, rows: list[tuple[int, dict[str, Any]]], skipped: set[int]):
        self.name, self.rows, self.skipped = name, rows, skipped

    def done(
        self, rejected: list[tuple[int, str]], result: Any, status: int, message: str | None
    ) -> dict[str, Any]:
        bad = dict(sorted(rejected))
        stored = result is not None
        report = []
        for number, fields in self.rows:
            tid = str(fields.get("target_id") or "").strip() or None
            if number in bad:
                ok, text = False, bad[number]
            elif number in self.skipped:
                ok, text = False, UNFILLED
            else:
                ok, text = stored, "已导入 imported" if stored else "未导入 not imported"
            row = {"row": number, "target_id": tid, "ok": ok, "message": text}
            if number in self.skipped:
                row["skipped"] = True
            report.append(row)
        counts = result.to_dict() if stored else {"recorded": 0, "updated": 0, "unchanged": 0}
        counts.pop("rejected", None)
        return {
            "file": self.name,
            "status": status,
            "ok_rows": sum(1 for r in report if r["ok"]),
            "rows": report,
            "message": message,
            **counts,
        }
