"""Web load on loopback: p50/p95 latency and requests/s for the dashboard, a target page and ask,
with 50 concurrent readers, then the same with one writer per department at the same time.

Bounded: ~1,800 reads per phase plus 3 × 40 writes; it stops by itself. The server runs in its
own process (`plantrack serve`, one uvicorn worker); the load comes from a minimal asyncio
HTTP/1.1 client (see Conn) in this process.
Aim: p95 ≤ 100 ms on the dashboard. Then, in the same run: the dashboard's requests/s against
hello-world Starlette under the same uvicorn and client (the ceiling), and a figure save's p50/p95
under read load with the read gate off (PLANTRACK_READ_CONCURRENCY=0, as before web/gate.py) and
on (the default 4). With PLANTRACK_BENCH_BASE (a checkout of the code before), its dashboard's
requests/s too, same client, same run.

    .venv/bin/python -m benchmarks.bench_web        (or: make bench ONLY=web)
"""

from __future__ import annotations

import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "ningbo-15th-fyp-excerpt.txt"
FIGURES = ROOT / "samples" / "observations-2026.xlsx"
READERS = 50
READS_PER_ENDPOINT = 600
WRITES_PER_DEPARTMENT = 40
HAMMERS = 3  # requests/s: the best of three runs of each server
ENDPOINTS = {
    "dashboard": "/",
    "target page": "/targets/c4.s1.p1.t1",
    "ask": "/api/ask?q=" + "到2030年算力规模要达到多少",
}
DEPARTMENTS = {  # department: targets it reports (units as the plan writes them)
    "市经信局": [("c4.s1.p1.t1", "EFLOPS", 6.0)],
    "市科技局": [("c3.s2.p1.t3", "家", 1300.0)],
    "市金融办": [("c2.s4.box2.i3.t1", "亿元", 2100.0)],
}


def _prepare(folder: Path) -> tuple[str, str, dict[str, tuple[str, str]]]:
    """A database with the sample plan, figures, assignments, users and their sessions."""
    from plantrack.web.csrf import token_for
    from plantrack.workspace import Workspace

    db = str(folder / "bench.db")
    with Workspace(db, actor="bench") as ws:
        ws.ingest(SAMPLE)
        if FIGURES.exists():
            ws.import_observations(FIGURES, None, skip_invalid=True)
        ttl = timedelta(hours=2)
        viewer = ws.add_user("viewer", "bench-password", "viewer")
        reader = ws.create_session(viewer, ttl)
        secret = ws.server_secret()
        writers = {}
        for i, (dept, items) in enumerate(DEPARTMENTS.items()):
            for target_id, _unit, _v in items:
                ws.assign(None, target_id, lead=dept)
            user = ws.add_user(f"editor{i}", "bench-password", "editor", department=dept)
            raw = ws.create_session(user, ttl)
            writers[dept] = (raw, token_for(secret, raw))
    return db, reader, writers


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


HELLO = """
import uvicorn
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route

async def hello(request):
    return PlainTextResponse("hello")

app = Starlette(routes=[Route("/", hello), Route("/api/openapi.json", hello)])
uvicorn.run(app, host="127.0.0.1", port=int(__import__("sys").argv[1]), log_level="warning",
            server_header=False)
"""


def _start_server(
    db: str, port: int, gate: str = "4", hello: bool = False, src: str | None = None
) -> subprocess.Popen:
    """`plantrack serve` (PLANTRACK_READ_CONCURRENCY=gate; the code in `src` when given), or
    hello-world Starlette under the same uvicorn (the ceiling for this client on this machine)."""
    code = "from plantrack.cli import main; main()"
    args = [sys.executable, "-c", code, "--db", db, "serve", "--port", str(port)]
    proc = subprocess.Popen(
        [sys.executable, "-c", HELLO, str(port)] if hello else args,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={
            **os.environ,
            "PYTHONUNBUFFERED": "1",
            "PLANTRACK_READ_CONCURRENCY": gate,
            **({"PYTHONPATH": src} if src else {}),
        },
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/openapi.json", timeout=1)
            return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"server did not start: {proc.stderr.read().decode()[-500:]}")


class Conn:
    """A minimal keep-alive HTTP/1.1 client on asyncio streams.

    httpx's async client tops out near 160 req/s on this machine — it would measure itself,
    not the server (a static file: 160 req/s with httpx, ~870 req/s with raw sockets).
    """

    def __init__(self, port: int, cookie: str, headers: dict[str, str] | None = None) -> None:
        self.port, self.cookie, self.headers = port, cookie, headers or {}
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def request(self, method: str, path: str, body: bytes = b"") -> tuple[int, bytes]:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self.reader is not None
        lines = [
            f"{method} {path} HTTP/1.1",
            "Host: 127.0.0.1",
            f"Cookie: pt_session={self.cookie}",
            f"Content-Length: {len(body)}",
        ]
        lines += [f"{k}: {v}" for k, v in self.headers.items()]
        if body:
            lines.append("Content-Type: application/json")
        self.writer.write(("\r\n".join(lines) + "\r\n\r\n").encode() + body)
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        length = 0
        for line in head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"content-length":
                length = int(value)
        payload = await self.reader.readexactly(length)
        return status, payload

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()


async def _readers(
    port: int, session: str, jobs: list[str], timings: dict[str, list[float]]
) -> None:
    queue = list(reversed(jobs))

    async def worker() -> None:
        conn = Conn(port, session)
        try:
            while queue:
                name = queue.pop()
                start = time.perf_counter()
                status, _ = await conn.request("GET", quote(ENDPOINTS[name], safe="/?=&"))
                timings[name].append(time.perf_counter() - start)
                if status != 200:
                    raise RuntimeError(f"{name}: HTTP {status}")
        finally:
            await conn.close()

    await asyncio.gather(*(worker() for _ in range(READERS)))


async def _writer(port: int, dept: str, session: tuple[str, str], timings: list[float]) -> None:
    raw, csrf = session
    conn = Conn(port, raw, {"X-CSRF-Token": csrf})
    try:
        for i in range(WRITES_PER_DEPARTMENT):
            target_id, unit, value = DEPARTMENTS[dept][i % len(DEPARTMENTS[dept])]
            body = {
                "period": 2026 + i % 3,
                "value": round(value * random.uniform(0.9, 1.1), 2),
                "unit": unit,
                "source": f"bench {dept} #{i}",
            }
            start = time.perf_counter()
            status, payload = await conn.request(
                "POST",
                f"/api/plans/1/targets/{target_id}/observations",
                json.dumps(body, ensure_ascii=False).encode(),
            )
            timings.append(time.perf_counter() - start)
            if status not in (200, 201):
                raise RuntimeError(f"write {dept}: HTTP {status} {payload[:200]!r}")
    finally:
        await conn.close()


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] * 1000


async def _sequential(port: int, reader: str, n: int) -> dict[str, list[float]]:
    """One reader, one request at a time: the service time without queueing."""
    timings: dict[str, list[float]] = {name: [] for name in ENDPOINTS}
    conn = Conn(port, reader)
    try:
        for name in ENDPOINTS:
            for _ in range(n):
                start = time.perf_counter()
                await conn.request("GET", quote(ENDPOINTS[name], safe="/?=&"))
                timings[name].append(time.perf_counter() - start)
    finally:
        await conn.close()
    return timings


async def _phase(port: int, reader: str, writers: dict[str, tuple[str, str]] | None):
    jobs = [name for name in ENDPOINTS for _ in range(READS_PER_ENDPOINT)]
    random.Random(7).shuffle(jobs)
    reads: dict[str, list[float]] = {name: [] for name in ENDPOINTS}
    writes: list[float] = []
    start = time.perf_counter()
    tasks = [_readers(port, reader, jobs, reads)]
    if writers:
        tasks += [_writer(port, dept, session, writes) for dept, session in writers.items()]
    await asyncio.gather(*tasks)
    return reads, writes, time.perf_counter() - start


def _print(title: str, reads: dict[str, list[float]], writes: list[float], elapsed: float) -> None:
    total = sum(len(v) for v in reads.values()) + len(writes)
    print(f"\n{title}: {total} requests in {elapsed:.1f} s = {total / elapsed:.0f} req/s")
    print(f"  {'endpoint':<14}{'n':>6}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    rows = list(reads.items()) + ([("write (POST)", writes)] if writes else [])
    for name, values in rows:
        print(
            f"  {name:<14}{len(values):>6}{_pct(values, 0.5):>9.1f}{_pct(values, 0.95):>9.1f}"
            f"{max(values) * 1000:>9.1f}"
        )


async def _hammer(port: int, session: str, path: str) -> float:
    """Requests/s of READERS readers × READS_PER_ENDPOINT GETs of one path."""
    jobs = [path] * READS_PER_ENDPOINT * 2
    timings: dict[str, list[float]] = {path: []}
    start = time.perf_counter()

    async def worker() -> None:
        conn = Conn(port, session)
        try:
            while jobs:
                jobs.pop()
                t = time.perf_counter()
                status, _ = await conn.request("GET", path)
                timings[path].append(time.perf_counter() - t)
                if status != 200:
                    raise RuntimeError(f"{path}: HTTP {status}")
        finally:
            await conn.close()

    await asyncio.gather(*(worker() for _ in range(READERS)))
    return len(timings[path]) / (time.perf_counter() - start)


def _best_rate(port: int, session: str, path: str) -> float:
    """The best of HAMMERS hammer runs (each ~1,200 requests): req/s."""
    return max(asyncio.run(_hammer(port, session, path)) for _ in range(HAMMERS))


def _ceiling() -> float:
    """Hello-world Starlette under uvicorn with the same client: req/s."""
    port = _free_port()
    server = _start_server("", port, hello=True)
    try:
        return _best_rate(port, "none", "/")
    finally:
        server.terminate()
        server.wait(10)


def _before(db: str, reader: str, base: str) -> float:
    """The dashboard's req/s served by the code before (the checkout `base`), same client."""
    port = _free_port()
    server = _start_server(db, port, src=str(Path(base) / "src"))
    try:
        httpx.get(f"http://127.0.0.1:{port}/", cookies={"pt_session": reader}, timeout=30)
        return _best_rate(port, reader, "/")
    finally:
        server.terminate()
        server.wait(10)


def _writes_under_load(
    db: str, reader: str, writers, gate: str, src: str | None = None
) -> tuple[list[float], dict]:
    """The write latencies (and reads) with READERS readers, the server's read gate at `gate`
    (the code in `src` when given)."""
    port = _free_port()
    server = _start_server(db, port, gate, src=src)
    try:
        for path in ENDPOINTS.values():
            httpx.get(f"http://127.0.0.1:{port}{path}", cookies={"pt_session": reader}, timeout=30)
        reads, writes, _ = asyncio.run(_phase(port, reader, writers))
        return writes, reads
    finally:
        server.terminate()
        server.wait(10)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="plantrack-bench-web-") as tmp:
        db, reader, writers = _prepare(Path(tmp))
        port = _free_port()
        server = _start_server(db, port)
        base = f"http://127.0.0.1:{port}"
        try:
            for path in ENDPOINTS.values():  # warm caches (templates, tokenizer, SQLite pages)
                httpx.get(base + path, cookies={"pt_session": reader}, timeout=30)
            load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
            print(
                f"bench_web: 1 uvicorn process on loopback, {os.cpu_count()} CPUs shared with "
                f"the load generator; load average before: {load}"
            )
            single = asyncio.run(_sequential(port, reader, 100))
            _print(
                "1 reader, sequential (service time)",
                single,
                [],
                sum(sum(v) for v in single.values()),
            )
            reads, writes, elapsed = asyncio.run(_phase(port, reader, None))
            _print(f"{READERS} readers", reads, writes, elapsed)
            reads, writes, elapsed = asyncio.run(_phase(port, reader, writers))
            _print(f"readers + {len(writers)} writers (one per department)", reads, writes, elapsed)
            p95 = _pct(reads["dashboard"], 0.95)
            verdict = "meets" if p95 <= 100 else "misses"
            print(f"\ndashboard p95 under write load {p95:.0f} ms: {verdict} the 100 ms aim")
            dashboard = _best_rate(port, reader, "/")
        finally:
            server.terminate()
            server.wait(10)
        base = os.environ.get("PLANTRACK_BENCH_BASE")
        before = _before(db, reader, base) if base else None
        ceiling = _ceiling()
        print(
            f"dashboard alone, {READERS} readers (best of {HAMMERS}): {dashboard:.0f} req/s"
            + (f" (code before: {before:.0f} req/s)" if before else "")
            + f"; hello-world Starlette, same client: {ceiling:.0f} req/s = "
            f"{dashboard / ceiling:.0%} of the ceiling (aim ≥ 30%)"
            + (f"; before {before / ceiling:.0%}" if before else "")
        )
        # the write tail without the read gate (as before web/gate.py) and with it, same run;
        # with PLANTRACK_BENCH_BASE, the code before (gate 4) too
        runs = [("read gate 0", "0", None), ("read gate 4", "4", None)]
        if base:
            runs.append(("code before", "4", str(Path(base) / "src")))
        for label, gate, src in runs:
            writes, reads = _writes_under_load(db, reader, writers, gate, src)
            print(
                f"figure save, {READERS} readers, {label}: p50 {_pct(writes, 0.5):4.0f}"
                f" ms, p95 {_pct(writes, 0.95):4.0f} ms (aim ≤ 150 ms); dashboard p50 "
                f"{_pct(reads['dashboard'], 0.5):4.0f} ms, p95 {_pct(reads['dashboard'], 0.95):4.0f}"
                " ms"
            )


if __name__ == "__main__":
    main()
