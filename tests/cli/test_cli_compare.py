"""`plantrack compare` and `plantrack diff` end to end: files and stored plans, table/json/xlsx."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from openpyxl import load_workbook

from plantrack.cli import main

DOCS = Path(__file__).resolve().parent.parent / "compare_docs"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_compare_files_as_json() -> None:
    result = run("compare", str(DOCS / "province.txt"), str(DOCS / "city.txt"), "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["relation"] == "a_parent"
    pilot = next(p for p in data["pairs"] if p["a"]["metric"] == "中试平台")
    assert (pilot["a"]["value"], pilot["b"]["value"]) == (200, 240)
    assert {f["code"] for f in pilot["flags"]} == {"exceeds_parent", "deadline_after_parent"}


def test_compare_table_shows_values_deadlines_and_flags() -> None:
    result = run("compare", str(DOCS / "province.txt"), str(DOCS / "city.txt"))
    assert result.exit_code == 0, result.output
    assert (
        "5G-A基站" in result.output and ">40000个" in result.output and ">6000个" in result.output
    )
    assert "超过上级总量" in result.output and "期限晚于上级" in result.output
    assert "7 flag(s)" in result.output


def test_compare_stored_plans_to_xlsx(db_url: str, tmp_path: Path) -> None:
    for name in ("province.txt", "city.txt"):
        assert run("--db", db_url, "ingest", str(DOCS / name)).exit_code == 0
    out = tmp_path / "对照.xlsx"
    result = run("--db", db_url, "compare", "浙江省", "宁波市", "--format", "xlsx", "-o", str(out))
    assert result.exit_code == 0, result.output
    book = load_workbook(out)
    rows = list(book["对照"].iter_rows(min_row=3, values_only=True))
    assert len(rows) == 10
    row = next(r for r in rows if r[0] == "中试平台")
    assert row[1] == ">=200个" and row[5] == ">=240个" and "超过上级总量" in row[9]


def test_compare_xlsx_needs_output() -> None:
    result = CliRunner().invoke(
        main, ["compare", str(DOCS / "province.txt"), str(DOCS / "city.txt"), "--format", "xlsx"]
    )
    assert result.exit_code == 2 and "needs -o FILE" in result.output


def test_compare_unknown_plan_is_one_line(db_url: str) -> None:
    result = CliRunner().invoke(main, ["--db", db_url, "compare", "上海市", "北京市"])
    assert result.exit_code == 1
    assert result.output.strip().startswith("plantrack: error: ")
    assert len(result.output.strip().splitlines()) == 1


def test_diff_json_and_table() -> None:
    result = run("diff", str(DOCS / "draft.txt"), str(DOCS / "final.txt"), "--format", "json")
    data = json.loads(result.output)
    assert data["summary"]["added"] == {"targets": 2, "tasks": 1}
    assert data["summary"]["removed"] == {"targets": 0, "tasks": 1}
    changed = {c["new"]["metric"]: c["fields"] for c in data["targets"] if c["change"] == "changed"}
    assert changed["人工智能核心产业规模"] == {"value": [1500, 1800]}
    table = run("diff", str(DOCS / "draft.txt"), str(DOCS / "final.txt"))
    assert "1500 → 1800" in table.output and "推进算力普惠共享" in table.output
    assert "targets/tasks: added 2/1, removed 0/1, changed 3/3" in table.output
