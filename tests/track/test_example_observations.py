"""The shipped example workbook gives every status on the sample plan (the walkthrough relies on it)."""

from pathlib import Path

from plantrack.track.status import STATUSES

ROOT = Path(__file__).resolve().parents[2]


def test_example_workbook_shows_every_status(sample_ws):
    result = sample_ws.import_observations(ROOT / "samples" / "observations-2026.xlsx")
    assert (result.recorded, result.rejected) == (21, [])
    total = sample_ws.status().summary()[-1]
    assert all(total[s] > 0 for s in STATUSES), total
    assert sample_ws.assess("c2.s4.box2.i3.t1").status == "achieved"
    assert sample_ws.assess("c4.s1.p1.t1").status == "ahead"
    assert sample_ws.assess("c3.s2.p1.t3").status == "on_track"
    assert sample_ws.assess("c2.s5.p2.t3").status == "lagging"
