"""Hostile files and the largest files within the limits (read/limits.py): time and memory.

Each case runs in a fresh Python process, so its peak resident memory (ru_maxrss) is its own;
`peak` is that peak, `+work` the growth over the process after its imports. Times are wall and
CPU seconds of the reading (and, for plans, the parsing the upload preview does). The issue's
bound for the hostile files: refused or read in under 2 s and 200 MB.

    make bench ONLY=hostile
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the builders of tests/hostile.py

SAMPLE = ROOT / "samples" / "ningbo-15th-fyp-excerpt.txt"


def _build(folder: Path) -> list[tuple[str, str, Path]]:
    """(label, reader, file) of every case."""
    from openpyxl import Workbook

    from hostile import far_cell_xlsx, many_paragraphs_docx, padded_zip

    cases = []
    far = far_cell_xlsx(folder / "far.xlsx")
    cases.append(("4.9 KB xlsx, a value at AZ200000 (issue: 60 s, 2.5 GB)", "figures", far))
    styled = far_cell_xlsx(folder / "styled.xlsx", value=None)
    cases.append(("the same with an empty styled cell there", "figures", styled))
    cases.append(
        (
            "xlsx zip bomb (70 MB inflated)",
            "figures",
            padded_zip(styled, folder / "bomb.xlsx", "xl/media/pad.bin", 70),
        )
    )
    big = folder / "rows.xlsx"
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    sheet.append(["指标编号", "年份", "数值", "单位", "来源", "口径", "备注", "进展"])
    for n in range(19_999):
        sheet.append([f"c1.t{n % 400}", 2026, n * 1.5, "亿元", "统计公报", "初步核算", "", ""])
    book.save(big)
    cases.append(("xlsx at the row limit (20,000 rows x 8, inline strings)", "figures", big))
    dense = folder / "dense.docx"
    dense.write_bytes(many_paragraphs_docx(150_000))
    cases.append((f"{dense.stat().st_size / 1024:.0f} KB docx, 900,000 XML tags", "plan", dense))
    long_docx = folder / "long.docx"
    long_docx.write_bytes(
        many_paragraphs_docx(20_000, "到2030年，数字经济核心产业增加值达到1000亿元。")
    )
    cases.append(("docx at the block limit (20,000 paragraphs)", "plan", long_docx))
    text = SAMPLE.read_text(encoding="utf-8")
    huge = folder / "huge.txt"
    huge.write_bytes(text.encode() * (19 * 1024 * 1024 // len(text.encode()) + 1))
    cases.append(("19 MB txt (issue: 239 s to preview)", "plan", huge))
    limit = folder / "limit.txt"
    limit.write_text(text * (990_000 // len(text)), encoding="utf-8")
    cases.append(("txt near the character limit (~990,000 characters)", "plan", limit))
    return cases


def _child(reader: str, path: str) -> None:
    """In the child process: read (and parse) one file, print what it took as JSON."""
    import resource
    import time

    from plantrack.errors import PlantrackError
    from plantrack.parse.plan import parse_document
    from plantrack.read import read_document
    from plantrack.track.imports import read_file

    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        if reader == "figures":
            sheets = read_file(Path(path))
            outcome = f"read: {sum(len(s.rows) for s in sheets):,} rows"
        else:
            parsed = parse_document(read_document(path))
            outcome = f"read: {len(parsed.nodes):,} nodes, {len(parsed.targets):,} targets"
    except PlantrackError as exc:
        outcome = "refused: " + str(exc).split(": ", 1)[1][:70]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "outcome": outcome,
                "wall": time.perf_counter() - wall,
                "cpu": time.process_time() - cpu,
                "peak": peak,
                "work": peak - base,
            }
        )
    )


def main() -> None:
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}
    with tempfile.TemporaryDirectory(prefix="plantrack-hostile-") as tmp:
        cases = _build(Path(tmp))
        print(f"{'case':58} {'wall s':>7} {'cpu s':>6} {'peak MB':>8} {'+work':>6}  outcome")
        for label, reader, path in cases:
            code = f"from benchmarks.bench_hostile import _child; _child({reader!r}, {str(path)!r})"
            done = subprocess.run(
                [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
            )
            r = json.loads(done.stdout.strip().splitlines()[-1])
            print(
                f"{label:58} {r['wall']:7.2f} {r['cpu']:6.2f} {r['peak']:8.0f} {r['work']:6.0f}"
                f"  {r['outcome']}"
            )


if __name__ == "__main__":
    main()
