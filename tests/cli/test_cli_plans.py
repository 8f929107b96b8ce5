"""The plan commands as a user runs them: ingest, plans, outline, show, targets."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from plantrack.cli import main


@pytest.fixture
def run(db_url: str):
    runner = CliRunner()

    def invoke(*args: str):
        return runner.invoke(main, ["--db", db_url, *map(str, args)], catch_exceptions=False)

    return invoke


def test_ingest_then_outline(run, sample_path: Path) -> None:
    result = run("ingest", sample_path)
    assert result.exit_code == 0, result.output
    assert (
        "plan 1: 宁波市国民经济和社会发展的第十五个五年规划纲要 (version 1) stored" in result.output
    )
    assert "period 2026–2030; 71 nodes" in result.output
    assert "repaired: re-joined page break: 全/覆盖" in result.output
    outline = run("outline").output.splitlines()
    assert outline[0].split() == ["c2", "第二章（推断）", "[inferred]"]
    assert outline[1].split() == ["c2.s2", "第二节（推断）", "[inferred]"]
    assert any(
        line.strip().startswith("c2.s4.box2 ") and "专栏2 生产性服务业发展重点工程" in line
        for line in outline
    )
    assert any(
        line.strip().split()[:2] == ["c4.s2.box5.i8", "“人工智能+”城市治理"] for line in outline
    )


def test_outline_json_and_show(run, sample_path: Path) -> None:
    run("ingest", sample_path)
    nodes = json.loads(run("outline", "--format", "json").output)
    assert nodes[0]["node_id"] == "c2" and nodes[0]["inferred"] is True
    shown = run("show", "c4.s1.p1").output
    assert "强化算力资源统筹供给" in shown and "高性能算力规模超过10EFLOPS" in shown
    data = json.loads(run("show", "c4.s1.p1", "--format", "json").output)
    assert data["path"] == [
        "第四章 加快人工智能创新发展，推动全域数智化转型",
        "第一节 构建人工智能发展基座",
    ]


def test_plans_lists_versions(run, sample_path: Path, tmp_path: Path) -> None:
    run("ingest", sample_path)
    plans = json.loads(run("plans", "--format", "json").output)
    assert [(p["id"], p["version"], p["period_start"]) for p in plans] == [(1, 1, 2026)]


def test_targets_json_contract(run, sample_path: Path) -> None:
    run("ingest", sample_path)
    records = json.loads(run("targets", "--format", "json").output)
    by_text = {r["text"]: r for r in records}
    compute = next(r for r in records if r["metric"] == "高性能算力规模")
    assert {k: compute[k] for k in ("value", "unit", "comparator", "kind", "deadline")} == {
        "value": 10,
        "unit": "EFLOPS",
        "comparator": ">",
        "kind": "level",
        "deadline": 2030,
    }
    assert compute["location"]["node"] == "c4.s1.p1"
    assert compute["location"]["path"][-1] == "强化算力资源统筹供给"
    assert set(compute) >= {
        "id",
        "metric",
        "value",
        "unit",
        "comparator",
        "kind",
        "deadline",
        "baseline",
        "baseline_year",
        "aspiration",
        "binding",
        "milestone",
        "text",
        "location",
    }
    assert by_text  # every record carries its clause


def test_targets_csv_and_xlsx_open_with_chinese_headers(
    run, sample_path: Path, tmp_path: Path
) -> None:
    run("ingest", sample_path)
    csv_path, xlsx_path = tmp_path / "t.csv", tmp_path / "t.xlsx"
    assert run("targets", "--format", "csv", "-o", csv_path).exit_code == 0
    assert run("targets", "--format", "xlsx", "-o", xlsx_path).exit_code == 0
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel/WPS detect UTF-8
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:5] == ["编号", "指标", "比较", "目标值", "单位"]
    sheet = load_workbook(xlsx_path).active
    assert [c.value for c in sheet[1]][:5] == ["编号", "指标", "比较", "目标值", "单位"]
    assert sheet.max_row == len(rows)
    assert sheet.freeze_panes == "A2"


def test_targets_of_a_file_without_storing(run, sample_path: Path) -> None:
    records = json.loads(run("targets", sample_path, "--format", "json").output)
    assert any(r["metric"] == "高性能算力规模" for r in records)
    assert json.loads(run("plans", "--format", "json").output) == []


def test_errors_are_one_line_and_exit_non_zero(db_url: str, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = subprocess.run(
        [sys.executable, "-m", "plantrack.cli", "--db", db_url, "ingest", str(empty)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [f"plantrack: error: {empty}: empty file"]
    proc = subprocess.run(
        [sys.executable, "-m", "plantrack.cli", "--db", db_url, "show", "c1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert "no plan in the database" in proc.stderr


def test_bad_period_is_refused(run, sample_path: Path) -> None:
    result = run("ingest", sample_path, "--period", "x")
    assert result.exit_code == 1
    assert "--period 'x': expected two years like 2026-2030" in result.output
