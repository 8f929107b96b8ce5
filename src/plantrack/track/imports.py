"""Import and export observations: CSV (any encoding), XLSX and Excel 97-2003 XLS / WPS ET
(one sheet per plan).

Headers may be Chinese or English (指标编号/target_id, 年份/period, 数值/value, 单位/unit, 来源/source,
口径/vintage, 备注/note, 进展/milestone, 基期/baseline, 数值性质/basis); merged header cells and
two-row headers are read. Every row is validated like `plantrack record`; by default one bad row
rejects the file and the store is left exactly as it was, `skip_invalid` imports the rest.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from charset_normalizer import from_bytes
from sqlalchemy import Connection

from plantrack.cells import inert_book, inert_row, revive
from plantrack.errors import (
    ImportRejected,
    PlantrackError,
    ReadError,
    UnsupportedFormat,
    ValidationError,
)
from plantrack.model import Observation, Plan
from plantrack.store import plans as plan_store
from plantrack.track import observations as store
from plantrack.track.rounds import entry_state

COLUMNS: dict[str, tuple[str, ...]] = {
    "target_id": (
        "指标编号",
        "指标id",
        "指标代码",
        "编号",
        "target_id",
        "targetid",
        "target",
        "id",
    ),
    "metric": ("指标名称", "指标", "名称", "metric", "name"),
    "period": ("年份", "年度", "时期", "期间", "期", "统计期", "period", "year", "date"),
    "value": ("数值", "监测值", "实际值", "值", "完成值", "value", "actual"),
    "unit": ("单位", "计量单位", "unit"),
    "source": ("来源", "数据来源", "source"),
    "vintage": ("口径", "数据口径", "统计口径", "vintage"),
    "note": ("备注", "说明", "note", "notes", "remark"),
    "milestone": ("进展", "进展状态", "里程碑", "milestone"),
    "baseline": ("基期", "是否基期", "基期值", "baseline", "is_baseline"),
    "basis": ("数值性质", "累计口径", "basis"),
}
HEADERS_ZH = {
    "target_id": "指标编号",
    "metric": "指标名称",
    "period": "年份",
    "value": "数值",
    "unit": "单位",
    "source": "来源",
    "vintage": "口径",
    "note": "备注",
    "milestone": "进展",
    "baseline": "基期",
    "basis": "数值性质",
}
_ALIASES = {alias: key for key, aliases in COLUMNS.items() for alias in aliases}
_YES = {"是", "y", "yes", "true", "1", "基期", "√", "✓", "x"}


def _header_key(cell: Any) -> str | None:
    if cell is None:
        return None
    text = re.sub(r"[\s_\-]+", "", str(cell)).lower()
    text = re.sub(r"[（(].*?[）)]", "", text)  # 数值（亿元） -> 数值
    if text in _ALIASES:
        return _ALIASES[text]
    # bilingual headers like "指标编号 target_id" or "年份/period"
    for part in re.split(r"[/|｜]", text):
        if part in _ALIASES:
            return _ALIASES[part]
    for alias, key in sorted(_ALIASES.items(), key=lambda kv: -len(kv[0])):
        if len(alias) > 2 and text.startswith(alias):
            return key
    return None


@dataclass(slots=True)
class Sheet:
    name: str | None
    headers: dict[int, str]  # column index -> field
    rows: list[tuple[int, list[Any]]]  # (row number as the user sees it, cells)


@dataclass
class ImportResult:
    recorded: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[tuple[int, str]] = field(default_factory=list)
    observations: list[Observation] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "recorded": self.recorded,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "rejected": [{"row": r, "reason": why} for r, why in self.rejected],
        }


def _find_header(grid: list[list[Any]], where: str) -> tuple[dict[int, str], int]:
    """Column fields from the header band (up to 8 rows), and the index of the first data row."""
    band: list[int] = []
    for i, row in enumerate(grid[:8]):
        if any(_header_key(c) for c in row):
            band.append(i)
        elif band:
            break
    if not band:
        raise ReadError(
            f"{where}: no header row (need 指标编号/target_id, 年份/period, 数值/value)"
        )
    headers: dict[int, str] = {}
    for i in band:  # the lower row of a two-row header wins (监测值 → 年份 | 数值 beneath it)
        for col, cell in enumerate(grid[i]):
            key = _header_key(cell)
            if key:
                headers[col] = key
    found = set(headers.values())
    missing = [HEADERS_ZH[k] + "/" + k for k in ("target_id", "period") if k not in found]
    if "value" not in found and "milestone" not in found:
        missing.append("数值/value")
    if missing:
        raise ReadError(f"{where}: no column {', '.join(missing)}")
    return headers, band[-1] + 1


def read_csv(path: Path) -> list[Sheet]:
    from plantrack.read import limits
    from plantrack.read.workbook import bounded_rows

    limits.check(path.name, "MB", round(path.stat().st_size / 1024 / 1024, 1), "file_mb")
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            best = from_bytes(data).best()
            if best is None:
                raise ReadError(f"{path.name}: not a text file (encoding not recognised)") from None
            # charset-normalizer often names GBK text gb2312/big5; gb18030 is a superset of both
            encoding = best.encoding
            if encoding.replace("_", "").lower() in ("gb2312", "gbk", "hz", "big5"):
                encoding = "gb18030"
            text = data.decode(encoding)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",\t;")
    except csv.Error:
        dialect = csv.excel
    grid = bounded_rows(csv.reader(io.StringIO(text), dialect), path.name)
    headers, first = _find_header(grid, path.name)
    rows = [(i + 1, grid[i]) for i in range(first, len(grid))]
    return [Sheet(None, headers, rows)]


def read_xlsx(path: Path) -> list[Sheet]:
    """Every non-empty sheet, read within the limits (read/workbook.py: streaming, merged header
    cells filled in)."""
    from plantrack.read.workbook import read_workbook

    return _sheets(path, ((grid.title, grid.rows) for grid in read_workbook(path).sheets))


def read_xls(path: Path) -> list[Sheet]:
    """An Excel 97-2003 .xls (or WPS .et) workbook, read like an .xlsx (read/xls.py)."""
    from plantrack.read.xls import read_xls as read_grids

    return _sheets(path, ((grid.name, grid.rows) for grid in read_grids(path)))


def _sheets(path: Path, grids: Iterable[tuple[str, list[list[Any]]]]) -> list[Sheet]:
    """The non-empty sheets of a workbook (name, rows), each with its header found."""
    sheets = []
    for name, grid in grids:
        if not any(any(c not in (None, "") for c in row) for row in grid):
            continue
        headers, first = _find_header(grid, f"{path.name} sheet {name}")
        sheets.append(Sheet(name, headers, [(i + 1, grid[i]) for i in range(first, len(grid))]))
    if not sheets:
        raise ReadError(f"{path.name}: every sheet is empty")
    return sheets


def read_file(path: Path) -> list[Sheet]:
    suffix = path.suffix.lower()
    if suffix in (".csv", ".tsv", ".txt"):
        return read_csv(path)
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(path)
    if suffix in (".xls", ".et"):
        return read_xls(path)
    raise UnsupportedFormat(
        f"{path.name}: observations are read from .csv, .xlsx or .xls (.et) files"
    )


def _plan_for(conn: Connection, sheet: Sheet, plan: int | str | None, many: bool) -> Plan:
    if plan is not None or sheet.name is None:
        return plan_store.get_plan(conn, plan)
    name = sheet.name.strip()
    try:
        return plan_store.get_plan(conn, name)  # a plan id, or a part of its title
    except PlantrackError:
        if many:
            raise
        return plan_store.get_plan(conn, None)  # a lone "Sheet1": the latest plan


def import_file(
    conn: Connection,
    path: Path,
    plan: int | str | None,
    *,
    actor: str,
    skip_invalid: bool = False,
    allow_implausible: bool = False,
    needs_review: bool = False,
) -> ImportResult:
    """Validate every row, then store the valid ones on `conn` (see module doc); the caller's
    transaction makes it all or nothing. A department's figures (`needs_review`) go into the
    reporting cycle (track/rounds.py `entry_state`); others are approved."""
    sheets = read_file(path)
    many = len(sheets) > 1
    result = ImportResult()
    staged: list[tuple[int, store.PlanTargets, Observation]] = []
    for sheet in sheets:
        label = f"sheet {sheet.name} " if many else ""
        pt = store.load_plan_targets(conn, _plan_for(conn, sheet, plan, many))
        seen: dict[tuple[str, str, bool], int] = {}
        for number, cells in sheet.rows:
            fields = {
                key: cells[col] if col < len(cells) else None for col, key in sheet.headers.items()
            }
            if all(v is None or str(v).strip() == "" for v in fields.values()):
                continue
            where = f"{label}row {number}"
            try:
                obs = _validate_row(pt, fields, allow_implausible)
            except PlantrackError as exc:
                result.rejected.append((number, f"{where}: {exc}"))
                continue
            key = (obs.target_id, obs.period, obs.is_baseline)
            if key in seen:
                result.rejected.append(
                    (
                        number,
                        f"{where}: {obs.target_id} {obs.period} already given in row {seen[key]}",
                    )
                )
                continue
            seen[key] = number
            staged.append((number, pt, obs))
    total = len(staged) + len(result.rejected)
    if result.rejected and not skip_invalid:
        raise ImportRejected(
            f"{path.name}: {len(result.rejected)} of {total} rows rejected, nothing imported"
            f" (fix them, or use --skip-invalid to import the {len(staged)} valid rows)",
            result.rejected,
        )
    for number, pt, obs in staged:
        state = entry_state(conn, pt.plan.id, obs.period, needs_review)
        try:
            if skip_invalid:
                with conn.begin_nested():
                    stored, what = store.record(conn, pt, obs, actor=actor, state=state)
            else:
                stored, what = store.record(conn, pt, obs, actor=actor, state=state)
        except PlantrackError as exc:
            if not skip_invalid:
                raise ImportRejected(
                    f"{path.name}: row {number}: {exc}; nothing imported", [(number, str(exc))]
                ) from None
            result.rejected.append((number, f"row {number}: {exc}"))
            continue
        setattr(result, what, getattr(result, what) + 1)
        result.observations.append(stored)
    result.rejected.sort()
    return result


def _validate_row(
    pt: store.PlanTargets, fields: dict[str, Any], allow_implausible: bool = False
) -> Observation:
    baseline = str(fields.get("baseline") or "").strip().lower() in _YES
    basis = fields.get("basis")
    basis = str(basis).strip().lower() if basis not in (None, "") else None
    basis = {"累计": "total", "累计值": "total", "当年": "flow", "新增": "flow"}.get(basis, basis)
    target_id = fields.get("target_id")
    if target_id is None or str(target_id).strip() == "":
        raise ValidationError("指标编号/target_id: empty")
    period = fields.get("period")
    if hasattr(period, "year") and hasattr(period, "month"):  # an Excel date cell
        period = period.strftime("%Y-%m-%d")
    value = fields.get("value")
    if value is None and not fields.get("milestone"):
        value = ""  # an empty cell is "no figure", not "no column"
    if fields.get("milestone") and (value is None or str(value).strip() == ""):
        value = None  # a qualitative row: the milestone is the figure
    return store.validate(
        pt,
        target_id=str(target_id).strip(),
        period=period,
        value=value,
        unit=revive(fields.get("unit")),
        source=revive(fields.get("source")),
        vintage=revive(fields.get("vintage")),
        note=revive(fields.get("note")),
        milestone=revive(fields.get("milestone")),
        baseline=baseline,
        basis=basis,
        allow_implausible=allow_implausible,
    )


EXPORT_FIELDS = (
    "target_id",
    "metric",
    "period",
    "value",
    "unit",
    "source",
    "vintage",
    "note",
    "milestone",
    "baseline",
    "basis",
)


def export_file(conn: Connection, the_plan: Plan, path: Path) -> int:
    """Write a plan's live observations in the import format (.xlsx or .csv, UTF-8 with BOM)."""
    pt = store.load_plan_targets(conn, the_plan)
    items = store.list_observations(conn, the_plan.id)
    rows = []
    for o in items:
        target = pt.targets.get(o.target_id)
        rows.append(
            [
                o.target_id,
                target.metric if target else None,
                o.period,
                o.value,
                o.unit,
                o.source,
                o.vintage,
                o.note,
                o.milestone,
                "是" if o.is_baseline else None,
                o.basis,
            ]
        )
    header = [HEADERS_ZH[k] for k in EXPORT_FIELDS]
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with path.open("w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            writer.writerows([inert_row("" if c is None else _cell(c) for c in r) for r in rows])
    elif suffix == ".xlsx":
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.title = sheet_title(the_plan.title)
        sheet.append(header)
        for r in rows:
            sheet.append(r)
        sheet.freeze_panes = "A2"
        inert_book(book)  # sources and notes are user text: never a formula (cells.py)
        book.save(path)
    else:
        raise UnsupportedFormat(f"{path.name}: export to .xlsx or .csv")
    return len(rows)


def sheet_title(title: str) -> str:
    """The plan title within Excel's 31 characters, without []:*?/\\ (read back by title)."""
    return re.sub(r"[\[\]:*?/\\]", " ", title).strip()[:31] or "observations"


def _cell(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
