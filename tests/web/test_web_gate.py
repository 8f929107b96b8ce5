"""web/gate.py: reads wait at the door while `limit` are inside, writes go straight in, and a
read leaves its place as soon as its response starts."""

from __future__ import annotations

import asyncio

from plantrack.web.gate import ReadGate


def scope(method: str) -> dict:
    return {"type": "http", "method": method, "path": "/", "headers": []}


async def _scenario() -> list[str]:
    events: list[str] = []
    release_body = asyncio.Event()
    go = {name: asyncio.Event() for name in ("first", "second", "post")}

    async def app(scope, receive, send) -> None:
        name = scope["path_name"]
        events.append(f"{name} in")
        await go[name].wait()
        await send({"type": "http.response.start", "status": 200, "headers": []})
        if name == "first":
            await release_body.wait()  # a slow download: the body comes later
        await send({"type": "http.response.body", "body": b""})
        events.append(f"{name} out")

    gate = ReadGate(app, limit=1)

    async def call(name: str, method: str) -> None:
        async def receive() -> dict:
            return {"type": "http.request", "body": b""}

        async def send(message: dict) -> None:
            return None

        await gate({**scope(method), "path_name": name}, receive, send)

    first = asyncio.create_task(call("first", "GET"))
    await asyncio.sleep(0.01)
    second = asyncio.create_task(call("second", "GET"))
    post = asyncio.create_task(call("post", "POST"))
    await asyncio.sleep(0.01)
    events.append("-- first holds the gate")
    go["first"].set()  # first starts its response: the gate opens for second
    await asyncio.sleep(0.01)
    go["second"].set()
    go["post"].set()
    await asyncio.gather(second, post)
    release_body.set()
    await first
    return events


def test_reads_wait_writes_pass_and_a_started_response_frees_its_place() -> None:
    events = asyncio.run(_scenario())
    held = events.index("-- first holds the gate")
    assert events[:held] == ["first in", "post in"]  # second waits at the door; POST went in
    assert events.index("second in") > held  # admitted once first's response had started
    assert events.index("second out") < events.index("first out")  # first still sending


def test_no_gate_with_limit_zero() -> None:
    entered: list[str] = []

    async def app(scope, receive, send) -> None:
        entered.append(scope["method"])
        await asyncio.sleep(0.01)

    async def run() -> None:
        gate = ReadGate(app, limit=0)
        await asyncio.gather(*(gate(scope("GET"), None, None) for _ in range(3)))

    asyncio.run(run())
    assert entered == ["GET"] * 3
