"""Write the example reports in docs/examples/ from the sample plan and its example figures.

    .venv/bin/python scripts/make_examples.py

Ingests samples/ningbo-15th-fyp-excerpt.txt into a throwaway database, imports the example
figures in samples/observations-2026.xlsx (invented baselines, 2026 figures from the example
bulletin: see samples/make_example_observations.py), assigns example departments, and writes:

    annual-2026.html / .pdf / .docx / .md (+ annual-2026_files/)   年度监测报告
    midterm-2028.pdf                                                中期评估报告
    breakdown.xlsx                                                  任务分工方案
    report-page1.png                                                the PDF's first page
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from plantrack.report import write_report  # noqa: E402
from plantrack.report.charts import render_charts  # noqa: E402
from plantrack.workspace import Workspace  # noqa: E402

OUT = ROOT / "docs" / "examples"
SAMPLE = ROOT / "samples" / "ningbo-15th-fyp-excerpt.txt"
FIGURES = ROOT / "samples" / "observations-2026.xlsx"
# Example owners (invented for the demo): (task or target id, lead, partners, due year)
OWNERS = [
    ("c2.s4.box2.i3", "市金融办", ["人行宁波市分行", "市发改委"], 2030),
    ("c2.s4.box2.i3.t1", "市金融办", ["市统计局"], 2030),
    ("c2.s5.p2", "市经信局", ["市科技局", "市市场监管局"], 2030),
    ("c2.s5.p2.t3", "市经信局", [], 2030),
    ("c3.s2.p1", "市科技局", ["市经信局", "市财政局"], 2030),
    ("c3.s2.p1.t3", "市科技局", [], 2030),
    ("c4.s1.p1", "市经信局", ["市大数据局", "市发改委"], 2028),
    ("c4.s1.p1.t1", "市大数据局", ["市经信局"], 2030),
    ("c3.s1.box3.i1", "市科技局", ["市发改委"], 2030),
]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory() as tmp,
        Workspace(f"sqlite:///{Path(tmp) / 'examples.db'}", actor="make_examples") as ws,
    ):
        plan = ws.ingest(SAMPLE).plan
        imported = ws.import_observations(FIGURES, plan.id)
        print(f"imported {imported.recorded} figures from {FIGURES.name}")
        for ref, lead, partners, due in OWNERS:
            ws.assign(plan.id, ref, lead=lead, partners=partners, due_year=due)
        annual = ws.report(plan.id, "annual", 2026)
        charts = render_charts(annual)
        for fmt in ("html", "pdf", "docx", "md"):
            path = OUT / f"annual-2026.{fmt}"
            write_report(annual, path, fmt, charts)
            print(f"wrote {path.relative_to(ROOT)}")
        midterm = OUT / "midterm-2028.pdf"
        write_report(ws.report(plan.id, "midterm", 2028), midterm)
        print(f"wrote {midterm.relative_to(ROOT)}")
        breakdown = OUT / "breakdown.xlsx"
        ws.export_breakdown(plan.id, breakdown)
        print(f"wrote {breakdown.relative_to(ROOT)}")
    prefix = OUT / "report-page1"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "80",
            "-f",
            "1",
            "-l",
            "1",
            "-png",
            "-singlefile",
            str(OUT / "annual-2026.pdf"),
            str(prefix),
        ],
        check=True,
    )
    print(f"wrote {prefix.relative_to(ROOT)}.png")
    counts = ", ".join(f"{s.label} {s.count}" for s in annual.summary)
    print(f"statuses: {counts}")


if __name__ == "__main__":
    main()
