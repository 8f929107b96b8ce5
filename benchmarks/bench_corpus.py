"""Corpus benchmark: generate plan documents, ingest them with 1 and 2 jobs on SQLite (and on
PostgreSQL when PLANTRACK_TEST_PG or PLANTRACK_BENCH_PG is set), report time, database size,
peak memory and search/ask p95 latency.

    make bench ONLY=corpus                                # default: the full corpus, 1,000 plans
                                                          # (≈ 100 MB; about half an hour here)
    PLANTRACK_BENCH_PLANS=100 make bench ONLY=corpus      # a quick look: 100 plans (≈ 10 MB)

Documents are built from the sample plan's paragraphs and box items, shuffled into 12 chapters of
3 sections each, with the city name, the numbers (years kept) and the title varied per plan, so
every file parses into a full outline with targets and has its own content hash.
"""

from __future__ import annotations

import os
import random
import re
import resource
import statistics
import tempfile
import time
from pathlib import Path

from plantrack.ingest.corpus import ingest_corpus

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "ningbo-15th-fyp-excerpt.txt"
PLANS = int(os.environ.get("PLANTRACK_BENCH_PLANS", "1000"))
PG_URL = os.environ.get("PLANTRACK_BENCH_PG") or os.environ.get("PLANTRACK_TEST_PG")
# e.g. PLANTRACK_BENCH_JOBS=2 PLANTRACK_BENCH_BACKENDS=sqlite for a quicker full-size run
JOBS = [int(j) for j in os.environ.get("PLANTRACK_BENCH_JOBS", "1,2").split(",")]
BACKENDS = os.environ.get("PLANTRACK_BENCH_BACKENDS", "sqlite,postgresql").split(",")
CITIES = [
    "杭州",
    "宁波",
    "温州",
    "嘉兴",
    "湖州",
    "绍兴",
    "金华",
    "衢州",
    "舟山",
    "台州",
    "丽水",
    "苏州",
    "无锡",
    "常州",
    "南通",
    "合肥",
    "芜湖",
    "福州",
    "厦门",
    "泉州",
    "青岛",
    "济南",
    "烟台",
    "成都",
    "绵阳",
    "武汉",
    "襄阳",
    "长沙",
    "株洲",
    "西安",
    "郑州",
    "洛阳",
]
KINDS = [
    "国民经济和社会发展第十五个五年规划纲要",
    "数字经济发展“十五五”规划",
    "科技创新“十五五”规划",
    "制造业高质量发展“十五五”规划",
    "现代服务业发展“十五五”规划",
]
CN_NUM = "一二三四五六七八九十"
QUESTIONS = [
    "5G-A基站要建多少个？",
    "金融业增加值目标是多少？",
    "高新技术企业新增多少家？",
    "算力规模目标",
    "博士后人数",
    "数字农业工厂有多少家？",
    "研发经费投入",
    "低空经济怎么发展？",
    "概念验证中心",
    "海外优秀人才引进多少名？",
]
SEARCHES = [
    "5G-A基站",
    "低空经济",
    "概念验证中心",
    "人工智能",
    "算力",
    "专精特新",
    "博士后",
    "数据集",
    "海洋",
    "智能制造",
]


def _pools() -> tuple[list[str], list[str], list[str]]:
    """Paragraphs, box items and heading titles of the sample, as the parser cleaned them."""
    from plantrack.parse.plan import parse_document
    from plantrack.read import read_document

    nodes = parse_document(read_document(SAMPLE)).nodes
    paragraphs = [
        n.text
        for n in nodes
        if n.kind == "paragraph"
        and len(n.title) <= 30
        and n.text.startswith(n.title)
        and not n.text.startswith("第")
    ]
    items = [re.sub(r"^\d+\.", "", n.text) for n in nodes if n.kind == "item"]
    headings = [n.title for n in nodes if n.kind in ("chapter", "section") and not n.inferred]
    headings += [n.title for n in nodes if n.kind == "paragraph" and len(n.title) <= 20]
    headings = [h for h in headings if not re.search(r"[。；，、：]", h)]
    return paragraphs, items, headings


def _vary_numbers(text: str, rng: random.Random) -> str:
    def repl(match: re.Match[str]) -> str:
        number = match.group(0)
        if re.fullmatch(r"20[2-3]\d", number):  # a year: keep it
            return number
        value = float(number) * rng.uniform(0.5, 2.0)
        return f"{value:.1f}" if "." in number else str(max(1, round(value)))

    return re.sub(r"\d+(?:\.\d+)?", repl, text)


def make_plan(
    index: int, paragraphs: list[str], items: list[str], headings: list[str], target_kb: int = 100
) -> str:
    rng = random.Random(index)
    city = CITIES[index % len(CITIES)]
    title = f"{city}市{KINDS[index // len(CITIES) % len(KINDS)]}（第{index + 1}号）"
    out = [title, ""]
    size = 0
    chapter = 0
    while size < target_kb * 1024 // 3 and chapter < 99:
        chapter += 1
        out += [f"第{_cn(chapter)}章 {rng.choice(headings)}", ""]
        for section in range(1, 4):
            out += [f"第{_cn(section)}节 {rng.choice(headings)}", ""]
            for _ in range(rng.randint(3, 5)):
                text = _vary_numbers(rng.choice(paragraphs), rng).replace("宁波", city)
                out += [text, ""]
                size += len(text)
            if section == 2:
                out += [f"专栏{chapter} {rng.choice(headings)}重点工程", ""]
                for number in range(1, rng.randint(3, 6)):
                    text = _vary_numbers(rng.choice(items), rng).replace("宁波", city)
                    out += [f"{number}.{text}", ""]
                    size += len(text)
    return "\n".join(out)


def _cn(n: int) -> str:
    if n <= 10:
        return CN_NUM[n - 1]
    tens, ones = divmod(n, 10)
    return (CN_NUM[tens - 1] if tens > 1 else "") + "十" + (CN_NUM[ones - 1] if ones else "")


def generate(folder: Path, count: int) -> int:
    paragraphs, items, headings = _pools()
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(count):
        path = folder / f"plan{i:04d}.txt"
        path.write_text(make_plan(i, paragraphs, items, headings), encoding="utf-8")
        total += path.stat().st_size
    return total


def _p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=20)[-1] if len(samples) > 1 else samples[0]


def _latency(url: str) -> tuple[str, str]:
    from plantrack.workspace import Workspace

    with Workspace(url, actor="bench") as ws:
        if not hasattr(ws, "search"):
            return "n/a", "n/a"
        ws.search(SEARCHES[0])  # builds the index if needed, warms caches
        timings: dict[str, list[float]] = {"search": [], "ask": []}
        for _ in range(3):
            for query in SEARCHES:
                start = time.perf_counter()
                ws.search(query)
                timings["search"].append(time.perf_counter() - start)
            if hasattr(ws, "ask"):
                for question in QUESTIONS:
                    start = time.perf_counter()
                    ws.ask(question)
                    timings["ask"].append(time.perf_counter() - start)
        fmt = lambda xs: f"{_p95(xs) * 1000:.1f} ms" if xs else "n/a"  # noqa: E731
        return fmt(timings["search"]), fmt(timings["ask"])


def _db_size(url: str) -> int:
    if url.startswith("sqlite"):
        path = Path(url.removeprefix("sqlite:///"))
        return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())
    import psycopg

    with psycopg.connect(url) as conn:
        return conn.execute("SELECT pg_database_size(current_database())").fetchone()[0]


def _pg_database(name: str) -> str:
    import psycopg
    from sqlalchemy.engine import make_url

    base = make_url(PG_URL)
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    return base.set(database=name).render_as_string(hide_password=False)


def _drop_pg(name: str) -> None:
    import psycopg

    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="plantrack-bench-") as tmp:
        folder = Path(tmp) / "corpus"
        start = time.perf_counter()
        size = generate(folder, PLANS)
        print(
            f"corpus: {PLANS} plans, {size / 1e6:.1f} MB, generated in "
            f"{time.perf_counter() - start:.1f} s (PLANTRACK_BENCH_PLANS={PLANS}); "
            f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"
        )
        backends = [b for b in ("sqlite", "postgresql") if b in BACKENDS]
        if not PG_URL and "postgresql" in backends:
            backends.remove("postgresql")
        if not PG_URL:
            print("postgresql: skipped (set PLANTRACK_TEST_PG or PLANTRACK_BENCH_PG)")
        header = (
            f"{'backend':<11} {'jobs':>4} {'ingest s':>9} {'plans/s':>8} {'MB/s':>6} "
            f"{'db MB':>7} {'stored':>6} {'failed':>6} {'search p95':>11} {'ask p95':>9}"
        )
        print(header)
        for backend in backends:
            for jobs in JOBS:
                name = f"plantrack_bench_{os.getpid()}_{jobs}"
                url = (
                    f"sqlite:///{Path(tmp) / f'{name}.db'}"
                    if backend == "sqlite"
                    else _pg_database(name)
                )
                start = time.perf_counter()
                result = ingest_corpus(url, folder, jobs=jobs, actor="bench")
                seconds = time.perf_counter() - start
                search_p95, ask_p95 = _latency(url) if jobs == JOBS[-1] else ("", "")
                print(
                    f"{backend:<11} {jobs:>4} {seconds:>9.1f} {PLANS / seconds:>8.1f} "
                    f"{size / 1e6 / seconds:>6.2f} {_db_size(url) / 1e6:>7.1f} "
                    f"{result.count('stored'):>6} {result.count('failed'):>6} "
                    f"{search_p95:>11} {ask_p95:>9}",
                    flush=True,
                )
                if PLANS < 1000:
                    print(
                        f"{'':<11} {'':>4} {seconds * 1000 / PLANS:>9.0f}  <- 1,000 plans at this"
                        f" rate (s)"
                    )
                for outcome in result.failed[:3]:
                    print(f"  failed: {outcome.error}")
                if backend == "postgresql":
                    _drop_pg(name)
        self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        child_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        print(
            f"peak memory (max RSS): main process {self_kb / 1024:.0f} MB, "
            f"largest worker {child_kb / 1024:.0f} MB"
        )


if __name__ == "__main__":
    main()
