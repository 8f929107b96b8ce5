"""The 任务分工方案 (task breakdown) workbook: export for departments, import after they fill it in.

Layout: a 汇总 summary sheet, then one sheet per chapter with the columns 序号, 编号, 章节, 重点任务,
目标/指标, 牵头单位, 责任单位, 完成时限. Each task (a paragraph or 专栏 item) has a row, followed by
a row per target in it; 编号 is the node or target id, the key on import. The import reads the
columns by header name (order and extra columns do not matter), checks every row, and then writes
all rows in one transaction or none.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from sqlalchemy import Connection

from plantrack.cells import inert_book
from plantrack.errors import ImportRejected, NotFound, ReadError, ValidationError
from plantrack.model import Plan
from plantrack.read.workbook import Book, Grid, read_workbook
from plantrack.report.common import TASK_KINDS, Outline, atomic_path, target_phrase
from plantrack.store import assignments as assign_store
from plantrack.store import plans as plan_store
from plantrack.store.assignments import Assignment

HEADERS = ["序号", "编号", "章节", "重点任务", "目标/指标", "牵头单位", "责任单位", "完成时限"]
SUMMARY = "汇总"
# Header names departments use for the same columns (compared without spaces, * and line breaks).
ALIASES = {
    "编号": ("编号", "任务编号", "指标编号", "id", "ref"),
    "牵头单位": ("牵头单位", "牵头部门", "lead"),
    "责任单位": ("责任单位", "配合单位", "参与单位", "协办单位", "责任部门", "partners"),
    "完成时限": ("完成时限", "完成时间", "时限", "due", "dueyear"),
}
NO_YEAR_WORDS = ("持续推进", "长期坚持", "长期推进", "持续实施", "长期", "持续")
PROP_HASH, PROP_TITLE, PROP_ID = "plantrack_plan_hash", "plantrack_plan_title", "plantrack_plan_id"
_YEAR = re.compile(
    r"^(?P<y>\d{4})\s*(?:年|年底|年末|年前|年底前|年内|年以前|"
    r"[-/.年]\s*\d{1,2}\s*(?:[-/.月]\s*\d{1,2}\s*日?)?\s*(?:月|日|前|底|底前|月底|月底前)?)?$"
)
_CN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_THIN = Side(style="thin", color="999999")


@dataclass(slots=True)
class Row:
    """One row of the workbook: a task or a target."""

    ref: str
    chapter: str
    section: str
    task: str
    target: str
    lead: list[str] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)
    due_year: int | None = None
    is_target: bool = False


@dataclass(slots=True)
class RowReport:
    sheet: str
    row: int
    ref: str
    outcome: str  # changed | unchanged | empty | duplicate | error
    message: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "ref": self.ref,
            "outcome": self.outcome,
            "message": self.message,
        }


@dataclass(slots=True)
class BreakdownImport:
    """What an import did (or, when rejected, would have done), row by row."""

    source: str
    plan_id: int
    rows: list[RowReport] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False

    def count(self, outcome: str) -> int:
        return sum(1 for r in self.rows if r.outcome == outcome)

    @property
    def errors(self) -> list[RowReport]:
        return [r for r in self.rows if r.outcome == "error"]

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "plan_id": self.plan_id,
            "dry_run": self.dry_run,
            "counts": dict(Counter(r.outcome for r in self.rows)),
            "warnings": self.warnings,
            "rows": [r.to_dict() for r in self.rows],
        }


class BreakdownRejected(ImportRejected):
    """A breakdown workbook with invalid rows: nothing was imported; `report` has every row."""

    def __init__(self, message: str, report: BreakdownImport):
        super().__init__(
            message, [(r.row, f"{r.sheet}: {r.ref or '—'}: {r.message}") for r in report.errors]
        )
        self.report = report


# -- export ------------------------------------------------------------------------------------
def breakdown_rows(conn: Connection, plan: Plan) -> dict[str, list[Row]]:
    """The rows of each chapter sheet, keyed by the sheet's short name (第三章), in plan order."""
    outline = Outline(plan_store.list_nodes(conn, plan.id))
    by_node: dict[str, list] = {}
    for t in plan_store.list_targets(conn, plan.id):
        by_node.setdefault(t.location.node, []).append(t)
    assigned = assign_store.list_assignments(conn, plan.id)
    sheets: dict[str, list[Row]] = {c.short: [] for c in outline.chapters()}

    def add(ref: str, node_id: str, task: str, target: str, is_target: bool) -> None:
        chapter = outline.chapter(node_id)
        a = assigned.get(ref)
        sheets.setdefault(chapter.short, []).append(
            Row(
                ref=ref,
                chapter=chapter.title,
                section=outline.section_label(node_id),
                task=task,
                target=target,
                lead=list(a.lead) if a else [],
                partners=list(a.partners) if a else [],
                due_year=a.due_year if a else None,
                is_target=is_target,
            )
        )

    for node in outline.nodes:
        if node.kind in TASK_KINDS:
            add(node.node_id, node.node_id, node.text, "", False)
        for t in by_node.pop(node.node_id, []):
            add(t.id, node.node_id, outline.task_title(node.node_id), target_phrase(t), True)
    for items in by_node.values():  # targets whose node is gone: keep them, never drop a row
        for t in items:
            add(t.id, t.location.node, t.location.node, target_phrase(t), True)
    return {name: rows for name, rows in sheets.items() if rows}


def _display_width(text: str) -> float:
    """Excel column units: a CJK character is about two Latin ones."""
    return sum(2.0 if ord(ch) > 0x2E80 else 1.1 for ch in text)


def _fit(values: list[str], floor: float, cap: float) -> float:
    widest = max((_display_width(line) for v in values for line in str(v).split("\n")), default=0)
    return max(floor, min(cap, widest + 2))


def _line_count(text: str, width: float) -> int:
    """Lines a wrapped cell of `width` column units takes."""
    usable = max(1.0, width - 1.5)
    return sum(max(1, math.ceil(_display_width(line) / usable)) for line in text.split("\n"))


def _sheet_title(name: str, used: set[str]) -> str:
    title = re.sub(r"[\[\]:*?/\\]", "", name)[:31] or "Sheet"
    base, n = title, 2
    while title in used:
        title = f"{base[:28]}({n})"
        n += 1
    used.add(title)
    return title


def _write_table(sheet, title: str, rows: list[Row]) -> None:
    sheet.append([title])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADERS))
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A1"].alignment = Alignment(vertical="center")
    sheet.append(HEADERS)
    header_fill = PatternFill("solid", fgColor="D9E1F2")
    for cell in sheet[2]:
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = Border(top=_THIN, bottom=_THIN, left=_THIN, right=_THIN)
    target_fill = PatternFill("solid", fgColor="F7F7F7")
    for index, row in enumerate(rows, start=1):
        sheet.append(
            [
                index,
                row.ref,
                row.section,
                row.task,
                row.target,
                "、".join(row.lead),
                "、".join(row.partners),
                row.due_year,
            ]
        )
        for cell in sheet[sheet.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = Border(top=_THIN, bottom=_THIN, left=_THIN, right=_THIN)
            if row.is_target:
                cell.fill = target_fill
    widths = [
        6,
        _fit([r.ref for r in rows] + ["编号"], 10, 24),
        _fit([r.section for r in rows], 12, 28),
        60,
        _fit([r.target for r in rows], 12, 40),
        _fit(["、".join(r.lead) for r in rows], 12, 24),
        _fit(["、".join(r.partners) for r in rows], 12, 32),
        10,
    ]
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[sheet.cell(2, index).column_letter].width = width
    # Excel, WPS and LibreOffice do not re-fit row heights of a file they open: set them from
    # the wrapped line count of the tallest cell (15 points a line at the default 11-point font)
    for row_cells in sheet.iter_rows(min_row=3):
        lines = max(
            _line_count(str(cell.value or ""), width)
            for cell, width in zip(row_cells, widths, strict=False)
        )
        sheet.row_dimensions[row_cells[0].row].height = min(409, 15 * lines + 2)
    sheet.freeze_panes = "C3"
    sheet.auto_filter.ref = f"A2:{sheet.cell(2, len(HEADERS)).column_letter}{max(2, sheet.max_row)}"
    sheet.print_title_rows = "2:2"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _write_summary(sheet, plan: Plan, sheets: dict[str, list[Row]]) -> None:
    sheet.append([f"{plan.title} 任务分工方案 汇总"])
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.append(["章节", "重点任务", "指标", "已明确牵头单位", "未分工"])
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    departments: dict[str, Counter] = {}
    totals = [0, 0, 0, 0]
    for name, rows in sheets.items():
        tasks = sum(1 for r in rows if not r.is_target)
        done = sum(1 for r in rows if r.lead)
        line = [tasks, len(rows) - tasks, done, len(rows) - done]
        totals = [a + b for a, b in zip(totals, line, strict=True)]
        sheet.append([rows[0].chapter if rows else name, *line])
        for r in rows:
            for dept in r.lead:
                departments.setdefault(dept, Counter())["lead"] += 1
            for dept in r.partners:
                departments.setdefault(dept, Counter())["partner"] += 1
    sheet.append(["合计", *totals])
    sheet[sheet.max_row][0].font = Font(bold=True)
    sheet.append([])
    sheet.append(["单位", "牵头（项）", "参与（项）"])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for dept, counts in sorted(departments.items(), key=lambda kv: (-kv[1]["lead"], kv[0])):
        sheet.append([dept, counts["lead"], counts["partner"]])
    sheet.append([])
    sheet.append(
        [
            f"导出自 plantrack：规划 {plan.id}（第{plan.version}版）。各章工作表的“编号”列用于导回，"
            "请勿修改；多个单位用“、”分隔；完成时限填年份，如 2027。"
        ]
    )
    sheet.column_dimensions["A"].width = _fit([str(c.value or "") for c in sheet["A"][:-1]], 20, 60)
    for letter in "BCDE":
        sheet.column_dimensions[letter].width = 14
    sheet.freeze_panes = "A3"


def write_breakdown(plan: Plan, sheets: dict[str, list[Row]], path: Path) -> None:
    book = Workbook()
    summary = book.active
    summary.title = SUMMARY
    _write_summary(summary, plan, sheets)
    used = {SUMMARY}
    for name, rows in sheets.items():
        sheet = book.create_sheet(_sheet_title(name, used))
        _write_table(sheet, rows[0].chapter if rows else name, rows)
    book.properties.title = f"{plan.title} 任务分工方案"
    book.properties.creator = "plantrack"
    book.custom_doc_props.append(StringProperty(name=PROP_HASH, value=plan.content_hash))
    book.custom_doc_props.append(StringProperty(name=PROP_TITLE, value=plan.title))
    book.custom_doc_props.append(StringProperty(name=PROP_ID, value=str(plan.id)))
    inert_book(book)  # department names and plan text are user text: never a formula
    book.save(path)


def export_breakdown(conn: Connection, plan: Plan, path: Path) -> int:
    """Write the workbook atomically; returns the number of task and target rows."""
    sheets = breakdown_rows(conn, plan)
    with atomic_path(path) as tmp:
        write_breakdown(plan, sheets, tmp)
    return sum(len(rows) for rows in sheets.values())


# -- import ------------------------------------------------------------------------------------
def open_workbook(path: Path) -> Book:
    """Open an .xlsx for reading, or fail with one line that says what the file is instead."""
    name = path.name
    if not path.is_file():
        raise ValidationError(f"{name}: no such file")
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):  # OLE compound file
        if _is_encrypted_ole(path):
            raise ValidationError(
                f"{name}: the workbook is password-protected: remove the "
                "password (Excel/WPS: 文件 → 信息/加密) and save it again"
            )
        return _xls_workbook(path)
    if not head.startswith(b"PK"):
        raise ValidationError(f"{name}: not an Excel .xlsx workbook (no zip header)")
    try:  # streamed, within the limits of read/limits.py (a tiny file can declare a huge sheet)
        return read_workbook(path, fill_merged=False)
    except ReadError as exc:
        raise ValidationError(str(exc)) from None


def _xls_workbook(path: Path) -> Book:
    """An Excel 97-2003 .xls (or WPS .et) workbook as the same grids an .xlsx gives (read/xls.py
    bounds its size). It carries no plan identity that plantrack can read: the plan comes from
    --plan."""
    from plantrack.read.xls import read_xls

    try:
        grids = read_xls(path)
    except ReadError as exc:
        raise ValidationError(str(exc)) from None
    return Book([Grid(grid.name[:31] or "Sheet", grid.rows) for grid in grids], {})


def _is_encrypted_ole(path: Path) -> bool:
    import olefile

    try:
        with olefile.OleFileIO(str(path)) as ole:
            return ole.exists("EncryptionInfo") or ole.exists("EncryptedPackage")
    except OSError:
        return False


def _norm_header(value: Any) -> str:
    return re.sub(r"[\s*＊:：()（）]", "", str(value or "")).lower()


def _find_header(sheet: Grid) -> tuple[int, dict[str, int]] | None:
    """The header row (within the first 10) and the column of each field we read."""
    wanted = {key: {_norm_header(a) for a in names} for key, names in ALIASES.items()}
    for number, row in enumerate(sheet.rows[:10], start=1):
        columns: dict[str, int] = {}
        for index, value in enumerate(row):
            header = _norm_header(value)
            for key, names in wanted.items():
                if header in names and key not in columns:
                    columns[key] = index
        if "编号" in columns and "牵头单位" in columns:
            return number, columns
    return None


def parse_due(value: Any) -> tuple[int | None, str]:
    """A 完成时限 cell -> (year or None, note); raises ValidationError for what is not a year."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, ""
    if isinstance(value, bool):
        raise ValidationError(f"完成时限 {value!r}: not a year")
    if isinstance(value, dt.datetime | dt.date):
        return assign_store.check_year(value.year, "完成时限"), ""
    if isinstance(value, int | float):
        if float(value).is_integer():
            return assign_store.check_year(int(value), "完成时限"), ""
        raise ValidationError(f"完成时限 {value!r}: not a year")
    text = str(value).strip().translate(_CN_DIGITS)
    text = re.sub(r"\s+", "", text)
    match = _YEAR.match(text)
    if match:
        return assign_store.check_year(int(match.group("y")), "完成时限"), ""
    if text in NO_YEAR_WORDS:
        return None, f"完成时限 {value!r} has no year: stored without one"
    raise ValidationError(f"完成时限 {str(value)!r}: not a year (write e.g. 2027)")


def _cell(values: list[Any], column: int | None) -> Any:
    if column is None or column >= len(values):
        return None
    value = values[column]
    return value.strip() if isinstance(value, str) else value


def _plan_for(
    conn: Connection, book: Book, plan: int | str | None, name: str, warnings: list[str]
) -> Plan:
    props = book.properties
    if plan is not None:
        chosen = plan_store.get_plan(conn, plan)
        if props.get(PROP_HASH) and props[PROP_HASH] != chosen.content_hash:
            warnings.append(
                f"{name} was exported from another plan version "
                f"({props.get(PROP_TITLE)}): ids are matched against plan {chosen.id}"
            )
        return chosen
    if props.get(PROP_HASH):
        found = plan_store.find_by_hash(conn, props[PROP_HASH])
        if found is not None:
            return found
    raise NotFound(f"{name}: cannot tell which stored plan this workbook belongs to: give --plan")


def read_rows(book: Book, known: set[str]) -> tuple[list[tuple[RowReport, Row | None]], list[str]]:
    """Every data row with its check; rows that are not valid come with outcome "error"."""
    checked: list[tuple[RowReport, Row | None]] = []
    warnings: list[str] = []
    seen: dict[str, tuple[int, RowReport, Row]] = {}  # ref -> (index in checked, ...)
    found_sheet = False
    for sheet in book.sheets:
        if sheet.title == SUMMARY:
            continue
        header = _find_header(sheet)
        if header is None:
            warnings.append(f"sheet {sheet.title!r}: no header row with 编号 and 牵头单位: skipped")
            continue
        found_sheet = True
        header_row, cols = header
        for number, values in enumerate(sheet.rows[header_row:], start=header_row + 1):
            ref = _cell(values, cols["编号"])
            ref = "" if ref is None else str(ref).strip()
            lead_cell = _cell(values, cols["牵头单位"])
            partner_cell = _cell(values, cols.get("责任单位"))
            due_cell = _cell(values, cols.get("完成时限"))
            filled = any(v not in (None, "") for v in (lead_cell, partner_cell, due_cell))
            if not ref:
                if filled:
                    checked.append(
                        (
                            RowReport(
                                sheet.title,
                                number,
                                "",
                                "error",
                                "编号 is empty: the row cannot be matched",
                            ),
                            None,
                        )
                    )
                continue
            report = RowReport(sheet.title, number, ref, "empty")
            checked.append((report, None))
            if ref not in known:
                report.outcome, report.message = "error", "unknown task or target id (编号)"
                continue
            try:
                lead = assign_store.split_departments(None if lead_cell is None else str(lead_cell))
                partners = assign_store.split_departments(
                    None if partner_cell is None else str(partner_cell)
                )
                due, note = parse_due(due_cell)
            except ValidationError as exc:
                report.outcome, report.message = "error", str(exc)
                continue
            row = Row(
                ref, sheet.title, "", "", "", lead, [p for p in partners if p not in lead], due
            )
            if not lead and (partners or due is not None):
                report.outcome = "error"
                report.message = "牵头单位 is empty but 责任单位 or 完成时限 is filled in"
                continue
            report.message = note
            if ref in seen:
                index, first_report, first = seen[ref]
                where = f"{first_report.sheet}!{first_report.row}"
                here = f"{report.sheet}!{report.row}"
                if not row.lead:  # an empty copy of a row adds nothing
                    report.outcome, report.message = "duplicate", f"empty copy of row {where}"
                    continue
                if not first.lead:  # the row was copied and the copy filled in: take the copy
                    first_report.outcome = "duplicate"
                    first_report.message = f"empty; row {here} fills it in"
                    checked[index] = (first_report, None)
                elif (first.lead, first.partners, first.due_year) == (row.lead, row.partners, due):
                    report.outcome, report.message = "duplicate", f"same as row {where}: ignored"
                    continue
                else:
                    report.outcome = "error"
                    report.message = f"duplicated 编号 with different values (see row {where})"
                    continue
            seen[ref] = (len(checked) - 1, report, row)
            checked[-1] = (report, row)
    if not found_sheet:
        raise ValidationError(
            "no sheet has a header row with 编号 and 牵头单位: "
            "is this a breakdown workbook (plantrack export breakdown)?"
        )
    return checked, warnings


def import_breakdown(
    conn: Connection,
    path: Path,
    plan: int | str | None = None,
    *,
    actor: str,
    dry_run: bool = False,
) -> BreakdownImport:
    """Check every row, then write all assignments on `conn` (or none on any error); a dry run
    writes them in a savepoint that is rolled back."""
    book = open_workbook(path)
    warnings: list[str] = []
    the_plan = _plan_for(conn, book, plan, path.name, warnings)
    known = {n.node_id for n in plan_store.list_nodes(conn, the_plan.id)} | {
        t.id for t in plan_store.list_targets(conn, the_plan.id)
    }
    checked, sheet_warnings = read_rows(book, known)
    result = BreakdownImport(
        path.name, the_plan.id, [r for r, _ in checked], warnings + sheet_warnings, dry_run
    )
    current: dict[str, Assignment] = assign_store.list_assignments(conn, the_plan.id)
    for report, row in checked:
        if row is None or report.outcome != "empty":
            continue
        if not row.lead:
            if report.ref in current:
                report.outcome = "error"
                report.message = (
                    f"牵头单位 is empty but {'、'.join(current[report.ref].lead)} "
                    "leads it now: fill it in (remove with plantrack assign)"
                )
            continue
        stored = current.get(report.ref)
        report.outcome = (
            "unchanged"
            if stored and stored.same_as(row.lead, row.partners, row.due_year)
            else "changed"
        )
    if result.errors:
        raise BreakdownRejected(
            f"{path.name}: {len(result.errors)} row(s) rejected, nothing imported", result
        )
    savepoint = conn.begin_nested()
    try:
        for report, row in checked:
            if row is not None and report.outcome == "changed":
                assign_store.assign(
                    conn,
                    the_plan.id,
                    row.ref,
                    lead=row.lead,
                    partners=row.partners,
                    due_year=row.due_year,
                    actor=actor,
                )
    except BaseException:
        savepoint.rollback()
        raise
    if dry_run:
        savepoint.rollback()
    else:
        savepoint.commit()
    return result
