"""The tracking commands end to end through click, on a real SQLite file."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from plantrack.cli import main

ROOT = Path(__file__).resolve().parents[2]
FIN = "c2.s4.box2.i3.t1"


@pytest.fixture
def run(sample_ws):
    db = sample_ws.engine.url.render_as_string(hide_password=False)
    sample_ws.close()
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(main, ["--db", db, *map(str, args)], catch_exceptions=False)

    return invoke


def test_record_and_explain(run):
    out = run("record", FIN, "--period", 2025, "--value", 1500, "--unit", "亿元", "--baseline")
    assert out.exit_code == 0, out.output
    assert "baseline 1 recorded" in out.output
    out = run(
        "record",
        FIN,
        "--period",
        2026,
        "--value",
        2150e4,
        "--unit",
        "万元",
        "--source",
        "2026年统计公报",
    )
    assert "observation 2 recorded: c2.s4.box2.i3.t1 2026 = 21500000 万元" in out.output
    out = run("status", FIN, "--explain")
    assert out.output.startswith(f"{FIN}: 提前实现 achieved")
    assert "实际值 actual: 2026 2150 亿元" in out.output
    data = json.loads(run("status", FIN, "--format", "json").output)
    assert (data["status"], data["status_zh"], data["actual"]) == ("achieved", "提前实现", 2150)


def test_record_refusal_is_one_line(run):
    out = run("record", FIN, "--period", 2026, "--value", 5, "--unit", "%")
    assert out.exit_code == 1
    assert out.output.strip().splitlines() == [
        "plantrack: error: cannot convert % to 亿元: they measure different things"
        " (target c2.s4.box2.i3.t1 is in 亿元)"
    ]


def test_status_table_and_filters(run):
    run("record", FIN, "--period", 2026, "--value", 2150)
    out = run("status")
    assert out.exit_code == 0
    assert out.output.index("进度概览") < out.output.index("指标 targets")
    assert "第2章" in out.output and "提前实现 achieved" in out.output
    data = json.loads(
        run("status", "--chapter", 2, "--status", "achieved", "--format", "json").output
    )
    assert [t["target"]["id"] for t in data["targets"]] == [FIN]
    assert data["summary"][-1]["achieved"] == 1


def test_import_export_history_bulletin(run, tmp_path):
    csv_path = tmp_path / "f.csv"
    csv_path.write_text(
        "指标编号,年份,数值,单位\nc2.s4.box2.i3.t1,2026,约2150,亿元\nc3.s2.p1.t2,2026,612,家\n",
        encoding="gbk",
    )
    out = run("import", "observations", csv_path)
    assert out.exit_code == 1
    assert "row 2: value '约2150': not an exact figure; write 2150" in out.output
    assert "nothing imported" in out.output
    out = run("import", "observations", csv_path, "--skip-invalid")
    assert "1 recorded, 0 updated, 0 unchanged, 1 rejected" in out.output
    xlsx = tmp_path / "out.xlsx"
    assert "1 observations written" in run("export", "observations", "-o", xlsx).output
    assert xlsx.exists()
    out = run("history", "c3.s2.p1.t2")
    assert "record" in out.output and "612" in out.output
    out = run("bulletin", ROOT / "samples" / "bulletins" / "ningbo-2026-bulletin.txt", "--apply")
    assert out.exit_code == 0, out.output
    assert "applied" in out.output
    data = json.loads(run("observations", "--format", "json").output)
    assert any(o["target_id"] == FIN and o["value"] == 2150 for o in data)


def test_a_recorded_figure_becomes_the_baseline_in_one_step(run):
    # 金融业增加值: only a 2026 figure → 待评估：缺基期值; `--baseline` with the period takes it
    run("record", FIN, "--period", 2026, "--value", 1600, "--unit", "亿元", "--source", "公报")
    status = json.loads(run("status", FIN, "--format", "json").output)
    assert status["status"] == "no_baseline" and status["gap"] == 400
    out = run("record", FIN, "--period", 2026, "--baseline")
    assert out.exit_code == 0, out.output
    assert "baseline" in out.output and "1600" in out.output
    run("record", FIN, "--period", 2027, "--value", 1700, "--unit", "亿元", "--source", "公报")
    status = json.loads(run("status", FIN, "--format", "json").output)
    assert status["status"] != "no_baseline" and status["form"] == "level"


def test_taking_a_missing_figure_as_baseline_fails_in_one_line(run):
    out = run("record", FIN, "--period", 2024, "--baseline")
    assert out.exit_code != 0
    assert out.output.strip().count("\n") == 0
    assert "no figure recorded for 2024" in out.output


def test_a_share_figure_is_accepted_for_a_percentage_point_target(tmp_path):
    from plantrack.workspace import Workspace

    plan = tmp_path / "规划.txt"
    plan.write_text(
        "某市国民经济和社会发展第十五个五年规划纲要（2026—2030年）\n第一章 主要目标\n"
        "常住人口城镇化率提高2个百分点。\n",
        encoding="utf-8",
    )
    ws = Workspace(f"sqlite:///{tmp_path / 'p.db'}")
    ws.ingest(plan)
    (target,) = ws.targets()
    ws.record(target.id, period="2025", value=70, unit="%", source="公报", baseline=True)
    ws.record(target.id, period="2027", value=71, unit="%", source="公报")  # a share, in %
    a = ws.assess(target.id)
    assert (a.form, a.status, a.expected) == ("pp_change", "ahead", pytest.approx(70.8))
