"""The shipped example workbook gives every status on the sample plan (the walkthrough relies on it)."""

from pathlib import Path

from plantrack.model import CORE_STATUSES

ROOT = Path(__file__).resolve().parents[2]


def test_example_workbook_shows_every_status(sample_ws):
    result = sample_ws.import_observations(ROOT / "samples" / "observations-2026.xlsx")
    assert (result.recorded, result.rejected) == (21, [])
    total = sample_ws.status().summary()[-1]
    assert all(total[s] > 0 for s in CORE_STATUSES), total
    assert sample_ws.assess("c2.s4.box2.i3.t1").status == "achieved"
    assert sample_ws.assess("c4.s1.p1.t1").status == "ahead"
    assert sample_ws.assess("c3.s2.p1.t3").status == "on_track"
    assert sample_ws.assess("c2.s5.p2.t3").status == "lagging"


def test_the_demo_separates_figures_without_a_baseline_from_no_figures(sample_ws):
    # make demo: the workbook, then the 2026 bulletin; a target whose only figure is 2026 is
    # 待评估：缺基期值 with its figure and gap, not 暂无数据; 暂无数据 is exactly the targets
    # without any figure (the dashboard's freshness box counts the same targets)
    sample_ws.import_observations(ROOT / "samples" / "observations-2026.xlsx")
    sample_ws.bulletin(ROOT / "samples" / "bulletins" / "ningbo-2026-bulletin.txt", apply=True)
    rows = sample_ws.status().rows
    waiting = [r.assessment for r in rows if r.assessment.status == "no_baseline"]
    assert waiting and all(a.actual is not None and a.gap is not None for a in waiting)
    with_figures = {
        o.target_id for o in sample_ws.observations() if o.value is not None or o.milestone
    }
    no_data = {r.target.id for r in rows if r.assessment.status == "no_data"}
    assert no_data == {r.target.id for r in rows if r.target.id not in with_figures}
