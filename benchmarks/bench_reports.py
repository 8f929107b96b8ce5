"""Reports for a plan with 500 targets: time to gather the data and to write each format.

Every line prints wall time and CPU time: on a shared 2-core machine wall time can be several
times CPU time, so the comparisons below use CPU time.

Then, in the same run: the annual report (charts + PDF + DOCX) against the code before the speed
work when PLANTRACK_BENCH_BASE names a checkout of it (run in a child process without reportlab's
accelerator, as that code was installed), and one trend chart against its comparators (matplotlib
with a reused figure and no legend; inline SVG of the same drawing).

A plan text with 10 chapters (4 sections, a 专栏 each) and 500 sentence targets is generated and
ingested; two years of figures (2025 baseline, 2026) are imported for 400 of them in one
workbook, spread so every status occurs; the breakdown workbook is exported and imported back.

    make bench ONLY=reports      or      .venv/bin/python -m benchmarks.bench_reports
    git worktree add --detach /tmp/perf-base <old commit>
    PLANTRACK_BENCH_BASE=/tmp/perf-base .venv/bin/python -m benchmarks.bench_reports
"""

from __future__ import annotations

import os
import pickle
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from openpyxl import Workbook

from plantrack.report import FORMATS, write_report
from plantrack.report.charts import render_charts, trend_chart, trend_svg
from plantrack.workspace import Workspace

N_TARGETS = 500
CHAPTERS = 10
CN = "一二三四五六七八九十"
FIELDS = [
    "智能制造",
    "绿色低碳",
    "数字贸易",
    "海洋经济",
    "现代物流",
    "生物医药",
    "新材料",
    "文化旅游",
    "现代农业",
    "航空航天",
    "集成电路",
    "新能源汽车",
    "工业互联网",
    "科技金融",
    "职业教育",
    "健康养老",
    "智慧交通",
    "城市更新",
    "乡村振兴",
    "对外开放",
    "人才引育",
    "口岸服务",
    "会展经济",
    "软件信息",
    "检验检测",
]
KINDS = [
    "示范企业",
    "创新平台",
    "重点项目",
    "服务机构",
    "特色园区",
    "领军企业",
    "试点单位",
    "公共平台",
    "骨干企业",
    "标杆工厂",
    "孵化载体",
    "产业基地",
    "应用场景",
    "服务中心",
    "重点实验室",
    "产业联盟",
    "龙头企业",
    "培育对象",
    "专业市场",
    "数字车间",
]


def plan_text() -> tuple[str, list[tuple[str, float, str]]]:
    """The plan and, in order, (metric, value, unit) of each target sentence in it."""
    rng = random.Random(7)
    names = [f + k for f in FIELDS for k in KINDS]
    rng.shuffle(names)
    targets: list[tuple[str, float, str]] = []
    lines = ["示范市国民经济和社会发展第十五个五年规划纲要", ""]
    per_chapter = N_TARGETS // CHAPTERS
    for c in range(CHAPTERS):
        lines += [f"第{CN[c]}章 推动{FIELDS[c]}高质量发展", ""]
        for s in range(4):
            lines += [f"第{CN[s]}节 提升{FIELDS[c + s + 1]}发展水平", ""]
            for p in range(2):
                chunk = []
                for _ in range(per_chapter // 10):
                    name = names[len(targets)]
                    if len(targets) % 3 == 2:
                        value, unit = float(rng.randrange(100, 900)), "亿元"
                        chunk.append(f"{name}营业收入达到{int(value)}{unit}")
                    else:
                        value, unit = float(rng.randrange(20, 400)), "家"
                        chunk.append(f"{name}达到{int(value)}{unit}")
                    targets.append((name if unit == "家" else f"{name}营业收入", value, unit))
                lines += [
                    f"加快{FIELDS[(c + s + p) % len(FIELDS)]}发展。到2030年，"
                    + "，".join(chunk)
                    + "。",
                    "",
                ]
        lines += [f"专栏{c + 1} {FIELDS[c]}重点工程", ""]
        for i in range(2):
            chunk = []
            for _ in range(per_chapter // 10):
                name = names[len(targets)]
                value = float(rng.randrange(20, 400))
                chunk.append(f"{name}达到{int(value)}家")
                targets.append((name, value, "家"))
            lines += [
                f"{i + 1}.{FIELDS[(c + i) % len(FIELDS)]}工程。建设一批重点项目，"
                + "，".join(chunk)
                + "。",
                "",
            ]
    return "\n".join(lines), targets


def figures(ws: Workspace, path: Path) -> int:
    """A workbook of figures for 80% of the targets: 2025 baseline, 2026 at varied paces."""
    rng = random.Random(11)
    book = Workbook()
    sheet = book.active
    sheet.title = ws.plan().title[:31]
    sheet.append(["指标编号", "年份", "数值", "单位", "来源", "基期"])
    rows = 0
    for index, target in enumerate(ws.targets()):
        if index % 5 == 4 or target.value is None:
            continue  # 暂无数据
        base = target.value * rng.uniform(0.55, 0.8)
        pace = rng.choice([0.0, 0.02, 0.06, 0.09, 0.2, 1.0])  # lagging … achieved
        sheet.append([target.id, 2025, round(base, 1), target.unit, "bench", "是"])
        sheet.append([target.id, 2026, round(base * (1 + pace), 1), target.unit, "bench", None])
        rows += 2
    book.save(path)
    return rows


def timed(label: str, func, *args):
    """Run and print wall time and this process's CPU time (the machine may be shared)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = func(*args)
    print(
        f"{label:<34} {time.perf_counter() - wall:7.2f} s wall {time.process_time() - cpu:7.2f} s cpu"
    )
    return result


REPORT = """
import pickle, sys, tempfile, time
from pathlib import Path
if sys.argv[2] == "no-accel":
    sys.modules["_rl_accel"] = None  # reportlab falls back to its pure-Python functions
from plantrack.report import write_report
from plantrack.report.charts import render_charts
data = pickle.load(open(sys.argv[1], "rb"))
folder = Path(tempfile.mkdtemp())
cpu = time.process_time()
charts = render_charts(data)
for fmt in ("pdf", "docx"):
    write_report(data, folder / ("r." + fmt), fmt, charts)
cpu = time.process_time() - cpu
pages = __import__("pypdfium2").PdfDocument(str(folder / "r.pdf")).__len__()
print(cpu, pages)
"""


def annual_report(src: Path, data_file: Path, accel: bool = True) -> tuple[float, int]:
    """(CPU s, PDF pages) of charts + PDF + DOCX in a fresh process running the code in `src`."""
    done = subprocess.run(
        [sys.executable, "-c", REPORT, str(data_file), "accel" if accel else "no-accel"],
        env={**os.environ, "PYTHONPATH": str(src)},
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["(no message)"])[-1]
        raise SystemExit(f"bench_reports: the report run on {src} failed: {last}")
    out = done.stdout.split()
    return float(out[0]), int(out[1])


def _mpl_trend(line) -> bytes:
    """The comparator: matplotlib, one figure reused, no legend (the cheapest matplotlib path)."""
    import io

    from matplotlib.figure import Figure

    fig = _mpl_trend.__dict__.setdefault("fig", Figure(figsize=(4.2, 2.4)))
    fig.clf()
    ax = fig.add_subplot()
    xs = [int(p[:4]) for p, _ in line.series]
    ax.plot(xs, [v for _, v in line.series], marker="o", color="#d6604d")
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=120)
    return buffer.getvalue()


def per_chart(func, lines, repeat: int = 3) -> float:
    """Median CPU ms of one chart over `lines` (charts are cached: the cache is bypassed by
    drawing each line's chart through a fresh key)."""
    from plantrack.report import charts as chart_module

    times = []
    for _ in range(repeat):
        chart_module._trend_cache.clear()
        cpu = time.process_time()
        for line in lines:
            func(line)
        times.append((time.process_time() - cpu) / len(lines) * 1000)
    return statistics.median(times)


def compare(data, folder: Path) -> None:
    """The annual report against the old code (if PLANTRACK_BENCH_BASE is set) and one chart
    against its comparators, all measured now."""
    data_file = folder / "data.pickle"
    data_file.write_bytes(pickle.dumps(data))
    src = Path(__file__).resolve().parent.parent / "src"
    base = os.environ.get("PLANTRACK_BENCH_BASE")
    print("\nannual report, 500 targets: charts + PDF + DOCX, CPU s (median of 3, fresh processes)")
    runs = {"now": lambda: annual_report(src, data_file)}
    if base:
        runs["before"] = lambda: annual_report(Path(base) / "src", data_file, accel=False)
    results: dict[str, list[tuple[float, int]]] = {name: [] for name in runs}
    for _ in range(3):  # alternate: a burst of load hits both alike
        for name, run in runs.items():
            results[name].append(run())
    now = statistics.median(c for c, _ in results["now"])
    print(f"  now    {now:6.2f} s, {results['now'][0][1]} PDF pages")
    if base:
        before = statistics.median(c for c, _ in results["before"])
        print(f"  before {before:6.2f} s, {results['before'][0][1]} PDF pages  ({base})")
        print(f"  speed-up {before / now:.1f}x (aim >= 3.5x, same pages)")
    lines = data.lagging[:60]
    pillow = per_chart(trend_chart, lines)
    svg = per_chart(trend_svg, lines)
    print(f"one trend chart: Pillow PNG {pillow:.1f} ms, inline SVG {svg:.2f} ms", end="")
    try:
        mpl = per_chart(_mpl_trend, lines)
        print(f", matplotlib reused figure without legend {mpl:.1f} ms (comparator)")
    except ImportError:
        print(" (matplotlib not installed: no comparator)")


def main() -> None:
    text, _expected = plan_text()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "plan.txt").write_text(text, encoding="utf-8")
        with Workspace(f"sqlite:///{folder / 'bench.db'}", actor="bench") as ws:
            plan = timed("ingest plan", ws.ingest, folder / "plan.txt").plan
            print(f"targets: {plan.target_count}, nodes: {plan.node_count}")
            count = figures(ws, folder / "figures.xlsx")
            timed(
                f"import {count} figures", ws.import_observations, folder / "figures.xlsx", plan.id
            )
            timed(
                "export breakdown (xlsx)", ws.export_breakdown, plan.id, folder / "breakdown.xlsx"
            )
            timed("import breakdown (xlsx)", ws.import_breakdown, folder / "breakdown.xlsx")
            data = timed("build report data", ws.report, plan.id, "annual", 2026)
            statuses = Counter(line.status for line in data.targets)
            print("statuses: " + ", ".join(f"{k} {v}" for k, v in sorted(statuses.items())))
            charts = timed(f"charts (1 + {len(data.lagging)} trend)", render_charts, data)
            for fmt in FORMATS:
                path = folder / f"report.{fmt}"
                timed(f"write {fmt}", write_report, data, path, fmt, charts)
                print(f"{'':<34} {path.stat().st_size / 1024:7.0f} KB")
            print("a report from scratch = build report data + charts + one writer")
            compare(data, folder)


if __name__ == "__main__":
    main()
