"""ReportData: statuses from the tracking module, binding targets first, the lagging list with the
pace required, 专栏 progress, citations, report years."""

from __future__ import annotations

import json

import pytest

from plantrack.errors import ValidationError
from plantrack.report.data import pace_text
from plantrack.workspace import Workspace


def test_statuses_come_from_tracking(tracked_ws: Workspace, sample_status: dict) -> None:
    data = tracked_ws.report(None, "annual", 2026)
    status = tracked_ws.status(None, as_of_year=2026)
    assert {row.target.id: row.assessment.status for row in status.rows} == {
        line.target.id: line.status for line in data.targets
    }
    n = len(tracked_ws.targets())  # 45 with today's target parser
    got = {line.target.id: line.status for line in data.targets if line.status != "no_data"}
    assert got == sample_status
    assert [(s.label, s.count) for s in data.summary] == [
        ("提前实现", 1),
        ("快于预期", 1),
        ("基本符合预期", 1),
        ("滞后", 1),
        ("暂无数据", n - 4),
    ]
    assert data.summary[0].share == pytest.approx(1 / n)
    assert data.total == n and data.observation_count == 7
    assert data.conclusion().startswith(
        f"截至2026年，纳入监测的{n}项指标中，有监测数据的4项；提前实现1项（占{1 / n:.0%}）"
    )


def test_chapters_and_lagging(tracked_ws: Workspace) -> None:
    data = tracked_ws.report(None, "annual", 2026)
    assert [(c.title[:3], c.counts["lagging"]) for c in data.chapters] == [
        ("第二章", 0),
        ("第三章", 0),
        ("第四章", 1),
    ]
    assert sum(c.total for c in data.chapters) == len(data.targets)
    by_chapter = {c.title[:3]: c.total for c in data.chapters}
    assert by_chapter["第四章"] == sum(1 for t in data.targets if t.target.id.startswith("c4."))
    [lag] = data.lagging
    assert lag.target.id == "c4.s1.p1.t1"
    assert lag.latest == "5.2EFLOPS（2026）" and lag.baseline == "5EFLOPS（2025）"
    assert lag.goal == ">10EFLOPS（2030年）"
    # the pace still required, as the tracking module computed it: (10 / 5.2)^(1/4) − 1
    assert lag.assessment.required_pace == pytest.approx((10 / 5.2) ** 0.25 - 1, rel=1e-6)
    assert lag.pace == "年均增长17.8%"
    assert lag.series == [("2025", 5.0), ("2026", 5.2)]
    assert lag.lead == ["市经信局"]  # the owner of its task c4.s1.p1
    finance = next(line for line in data.targets if line.target.id == "c2.s4.box2.i3.t1")
    assert finance.lead == ["市金融办"] and finance.partners == ["市发改委"]


def test_boxes_and_citations(tracked_ws: Workspace) -> None:
    data = tracked_ws.report(None, "annual", 2026)
    box = next(b for b in data.boxes if b.node_id == "c2.s4.box2")
    assert box.title == "专栏2 生产性服务业发展重点工程"
    assert box.progress_text() == "5项指标：基本符合预期1项、暂无数据4项"
    assert [i.title for i in box.items][:3] == ["港航物流", "现代贸易", "现代金融"]
    assert next(b for b in data.boxes if b.node_id == "c3.s1.box3").items[0].lead == ["市科技局"]
    finance = next(line for line in data.targets if line.target.id == "c2.s4.box2.i3.t1")
    assert finance.citation == (
        "推进普惠金融改革创新，壮大科技金融、数字金融、绿色金融、养老金融等新业态，"
        "金融业增加值达到2000亿元。"
    )
    assert finance.path[-2:] == ["专栏2 生产性服务业发展重点工程", "现代金融"]


def test_binding_first_baselines_and_progress(mini_ws: Workspace) -> None:
    data = mini_ws.report(None, "midterm", 2026)
    ids = [line.target.id for line in data.targets]
    assert ids[:2] == ["c1.tbl1.r2", "c1.tbl1.r3"]  # 约束性 first, then plan order
    assert [line.binding_label for line in data.targets[:3]] == ["约束性", "约束性", "预期性"]
    by_id = {line.target.id: line for line in data.targets}
    assert {
        i: by_id[i].status for i in ("c1.tbl1.r1", "c1.tbl1.r2", "c1.tbl1.r3", "c2.s1.p1.t1")
    } == {
        "c1.tbl1.r1": "ahead",
        "c1.tbl1.r2": "lagging",
        "c1.tbl1.r3": "on_track",
        "c2.s1.p1.t1": "achieved",
    }
    assert by_id["c1.tbl1.r1"].baseline == "18000亿元（2025年）"
    assert by_id["c1.tbl1.r3"].progress_share == pytest.approx(0.2)  # (60.4 − 60) / (62 − 60)
    assert by_id["c1.tbl1.r2"].pace == "年均下降2.9%"  # (24 / 27)^(1/4) − 1, compound
    assert data.elapsed_share == pytest.approx(0.2)  # 2025 -> 2030, at 2026
    assert data.kind_zh == "中期评估报告" and "中期评估" in data.subtitle


def test_report_year_limits_figures(mini_ws: Workspace) -> None:
    mini_ws.record("c1.tbl1.r2", period="2027", value=23, unit="微克/立方米", source="test")
    early = mini_ws.report(None, "annual", 2026)
    late = mini_ws.report(None, "annual", 2027)
    line = {x.target.id: x for x in early.targets}["c1.tbl1.r2"]
    assert (line.latest, line.status) == ("27微克/立方米（2026）", "lagging")
    line = {x.target.id: x for x in late.targets}["c1.tbl1.r2"]
    assert (line.latest, line.status) == ("23微克/立方米（2027）", "achieved")
    assert mini_ws.report(None, "annual").year == 2027  # the latest year with figures


def test_default_years_and_bad_kind(tracked_ws: Workspace) -> None:
    assert tracked_ws.report(None, "midterm").year == 2028  # the middle of 2026–2030
    assert tracked_ws.report(None, "annual").year == 2026
    with pytest.raises(ValidationError, match="--kind 'final'"):
        tracked_ws.report(None, "final", 2026)
    with pytest.raises(ValidationError, match="--year 20260"):
        tracked_ws.report(None, "annual", 20260)


def test_json_twin(tracked_ws: Workspace) -> None:
    n = len(tracked_ws.targets())
    data = json.loads(
        json.dumps(tracked_ws.report(None, "annual", 2026).to_dict(), ensure_ascii=False)
    )
    assert data["summary"][3] == {
        "status": "lagging",
        "label": "滞后",
        "count": 1,
        "share": round(1 / n, 4),
    }
    assert data["lagging"] == ["c4.s1.p1.t1"]
    assert len(data["targets"]) == n


def test_pace_wording() -> None:
    from plantrack.model import Assessment

    lag = Assessment("x", "lagging", required_pace=150.0, method="linear")
    assert pace_text(lag, "家") == "每年增加150家"
    assert pace_text(lag, "%") == "每年增加150个百分点"
    assert (
        pace_text(Assessment("x", "lagging", required_pace=-0.031, method="compound"), "亿元")
        == "年均下降3.1%"
    )
    assert pace_text(Assessment("x", "achieved", required_pace=1.0, method="linear"), "") == ""


def test_citation_of_a_run_on_sentence_is_a_window() -> None:
    from plantrack.model import Location, Target
    from plantrack.report.data import MAX_CITATION, citation

    text = "前言。" + "很长的句子" * 200 + "金融业增加值达到2000亿元" + "继续" * 300 + "。后文"
    start = text.index("金融业增加值")
    target = Target(
        "x",
        "金融业增加值",
        2000,
        "亿元",
        ">=",
        "level",
        2030,
        "金融业增加值达到2000亿元",
        Location("n"),
        span=(start, start + 15),
    )
    got = citation(text, target)
    assert target.text in got and got.startswith("…") and got.endswith("…")
    assert len(got) <= MAX_CITATION + 2
    short = "前言。" + "金融业增加值达到2000亿元。"
    target.span = (3, 18)
    assert citation(short, target) == "金融业增加值达到2000亿元。"
