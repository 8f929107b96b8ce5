"""The report commands as a user runs them: assign, assignments, export/import breakdown, report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from plantrack.cli import main


@pytest.fixture
def run(db_url: str, sample_path: Path):
    runner = CliRunner()

    def invoke(*args: str | Path):
        return runner.invoke(main, ["--db", db_url, *map(str, args)], catch_exceptions=False)

    assert invoke("ingest", sample_path).exit_code == 0
    return invoke


def test_assign_and_list(run) -> None:
    result = run(
        "assign",
        "1",
        "c3.s1.p1",
        "--lead",
        "市科技局",
        "--partner",
        "市发改委",
        "--partner",
        "市财政局",
        "--due",
        "2027",
    )
    assert result.exit_code == 0, result.output
    assert result.output.strip() == (
        "task c3.s1.p1: 牵头 市科技局; 责任 市发改委、市财政局; 完成时限 2027 (version 1)"
    )
    result = run("assign", "宁波", "c4.s1.p1.t1", "--lead", "市经信局", "--format", "json")
    assert json.loads(result.output)["subject"] == "target"
    listed = json.loads(run("assignments", "--format", "json").output)
    assert [a["ref"] for a in listed] == ["c3.s1.p1", "c4.s1.p1.t1"]
    assert "市科技局" in run("assignments").output


def test_assign_errors_are_one_line(run) -> None:
    result = run("assign", "1", "c9.p9", "--lead", "市科技局")
    assert result.exit_code == 1
    assert result.output.strip().startswith("plantrack: error: c9.p9: no task or target")
    run("assign", "1", "c3.s1.p1", "--lead", "市科技局")
    run("assign", "1", "c3.s1.p1", "--lead", "市发改委")
    result = run("assign", "1", "c3.s1.p1", "--lead", "市财政局", "--expect-version", "1")
    assert result.exit_code == 1 and "changed meanwhile" in result.output


def test_export_edit_import_breakdown(run, tmp_path: Path) -> None:
    path = tmp_path / "分工方案.xlsx"
    result = run("export", "breakdown", "1", "-o", path)
    assert result.exit_code == 0 and "task and target rows written" in result.output
    book = load_workbook(path)
    sheet = book["第三章"]
    row = next(r for r in sheet.iter_rows(min_row=3) if r[1].value == "c3.s2.p1")
    row[5].value, row[7].value = "市科技局", "2027年"
    book.save(path)
    result = run("import", "breakdown", path, "--dry-run")
    assert "1 would change" in result.output
    assert json.loads(run("assignments", "--format", "json").output) == []
    result = run("import", "breakdown", path)
    assert result.exit_code == 0
    assert "第三章!" in result.output and "c3.s2.p1: changed" in result.output
    assert json.loads(run("assignments", "--format", "json").output)[0]["due_year"] == 2027


def test_import_breakdown_rejected(run, tmp_path: Path) -> None:
    path = tmp_path / "bad.xlsx"
    run("export", "breakdown", "-o", path)
    book = load_workbook(path)
    book["第三章"].append([1, "c3.nope", "", "", "", "市科技局", "", 2027])
    book["第三章"].append([2, "c3.s2.p1", "", "", "", "", "市经信局", ""])
    book.save(path)
    result = run("import", "breakdown", path)
    assert result.exit_code == 1
    assert "c3.nope: unknown task or target id" in result.output
    assert "c3.s2.p1: 牵头单位 is empty but 责任单位" in result.output
    assert "plantrack: error: bad.xlsx: 2 row(s) rejected, nothing imported" in result.output
    data = json.loads(
        run("import", "breakdown", path, "--format", "json").output.split("plantrack: error")[0]
    )
    assert data["ok"] is False and data["counts"]["error"] == 2
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(path.read_bytes()[:500])
    result = run("import", "breakdown", broken)
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        "plantrack: error: broken.xlsx: corrupt or incomplete .xlsx workbook "
        "(File is not a zip file)"
    ]


@pytest.mark.parametrize("suffix", ["html", "pdf", "docx", "md"])
def test_report_each_format(run, tmp_path: Path, suffix: str) -> None:
    run(
        "record",
        "c4.s1.p1.t1",
        "--period",
        "2025",
        "--value",
        "5",
        "--unit",
        "EFLOPS",
        "--source",
        "test",
    )
    run(
        "record",
        "c4.s1.p1.t1",
        "--period",
        "2026",
        "--value",
        "5.2",
        "--unit",
        "EFLOPS",
        "--source",
        "test",
    )
    path = tmp_path / f"报告.{suffix}"
    result = run("report", "1", "--kind", "annual", "--year", "2026", "-o", path)
    assert result.exit_code == 0, result.output
    n = len(json.loads(run("targets", "--format", "json").output))
    assert result.output.strip() == (
        f"{path}: 2026年度实施情况监测报告, {n} targets (1 滞后, {n - 1} 暂无数据)"
    )
    assert path.stat().st_size > 1000


def test_report_json_and_bad_options(run, tmp_path: Path) -> None:
    data = json.loads(run("report", "--kind", "midterm", "--format", "json").output)
    assert data["kind_zh"] == "中期评估报告" and data["year"] == 2028
    result = run("report", "-o", tmp_path / "report.txt")
    assert result.exit_code == 1 and "unknown report format 'txt'" in result.output
    assert run("report").exit_code == 2  # no -o
    forced = tmp_path / "report.out"
    assert run("report", "--format", "html", "-o", forced).exit_code == 0
    assert forced.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
