"""The reporting-cycle commands through click on a real store: rounds open|list|show|close,
submit / approve / return, departments email, and `--preview` on status and report."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from plantrack.cli import main

FIN = "c2.s4.box2.i3.t1"


@pytest.fixture
def run(sample_ws):
    sample_ws.assign(None, FIN, lead="市发改委")
    sample_ws.record(FIN, period=2025, value=1500, unit="亿元", baseline=True, source="公报")
    db = sample_ws.engine.url.render_as_string(hide_password=False)
    runner = CliRunner()

    def invoke(*args):
        return runner.invoke(main, ["--db", db, *map(str, args)], catch_exceptions=False)

    return invoke


def _status(run, *extra) -> str:
    rows = json.loads(run("status", "--format", "json", *extra).output)["targets"]
    return next(r["status"] for r in rows if r["target_id"] == FIN)


def test_a_round_through_the_command_line(run, sample_ws):
    out = run("rounds", "open", "2026年度监测", "--year", 2026, "--due", "2027-02-28")
    assert out.exit_code == 0 and "round 1 opened: 2026年度监测" in out.output
    obs = sample_ws.record(FIN, period=2026, value=1520, source="部门", needs_review=True)
    out = run("submit", obs.id, "--format", "json")
    assert json.loads(out.output)[0]["state"] == "submitted"
    assert (_status(run), _status(run, "--preview")) == ("no_data", "lagging")
    shown = json.loads(run("rounds", "show", "--format", "json").output)
    item = shown["departments"][0]["items"][0]
    assert (item["target_id"], item["state"]) == (FIN, "submitted")
    out = run("return", obs.id, "--reason", "请附来源")
    assert out.exit_code == 0 and "returned" in out.output
    assert "请附来源" in run("rounds", "show").output
    run("submit", obs.id)
    assert "approved" in run("approve", obs.id).output
    out = run("rounds", "close", "--format", "json")
    assert json.loads(out.output)["published"] == [obs.id]
    listed = json.loads(run("rounds", "list", "--format", "json").output)
    assert [(r["name"], r["state"]) for r in listed] == [("2026年度监测", "closed")]
    assert _status(run) == "lagging"
    assert "已发布" in run("observations", "--target", FIN).output


def test_steps_are_all_or_nothing_and_errors_are_one_line(run, sample_ws):
    run("rounds", "open", "2026年度监测", "--year", 2026, "--due", "2027-02-28")
    obs = sample_ws.record(FIN, period=2026, value=1520, source="部门", needs_review=True)
    out = run("submit", obs.id, 999999)
    assert out.exit_code == 1
    assert out.output.strip() == (
        "plantrack: error: observation 999999: no such observation (see plantrack observations)"
    )
    assert sample_ws.observation(obs.id).state == "draft"  # the first one was rolled back
    out = run("return", obs.id)
    assert out.exit_code == 2 and "--reason" in out.output
    out = run("rounds", "open", "x", "--year", 2026, "--due", "2027-03-01")
    assert out.exit_code == 1 and "already open for 2026" in out.output
    out = run("rounds", "open", "y", "--year", 2027, "--due", "2028-13-01")
    assert out.output.strip() == "plantrack: error: due '2028-13-01': no such date"


def test_department_email_and_report_preview(run, sample_ws, tmp_path):
    out = run("departments", "email", "市发改委", "fgw@example.gov.cn")
    assert out.exit_code == 0 and "fgw@example.gov.cn" in out.output
    listed = json.loads(run("departments", "list", "--format", "json").output)
    assert listed[0]["email"] == "fgw@example.gov.cn"
    out = run("departments", "email", "市发改委", "not-an-address")
    assert out.exit_code == 1 and "email 'not-an-address'" in out.output
    assert run("departments", "email", "无此部门", "a@b.cn").exit_code == 1
    obs = sample_ws.record(FIN, period=2026, value=1520, source="部门", needs_review=True)
    assert obs.state == "submitted"  # no round open: straight to the office's review

    def line(*extra):
        data = json.loads(run("report", "--year", 2026, "--format", "json", *extra).output)
        return next(t for t in data["targets"] if t["target"]["id"] == FIN)["assessment"]

    assert (line()["status"], line("--preview")["status"]) == ("no_data", "lagging")
