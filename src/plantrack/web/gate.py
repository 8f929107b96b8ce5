"""Reads wait at the door, writes go in: admission control for one server process.

Page reads are short and many; each takes the GIL and a worker thread for a millisecond or two.
With fifty readers in flight, the thread pool holds dozens of runnable threads and a write (a
figure saved) shares the interpreter with all of them and queues behind them at every hop into
the pool — its p95 reached 0.45–0.9 s. `ReadGate` lets at most `limit` GET/HEAD requests into
the app at once (the others wait, first come first served, on the event loop, where waiting
costs nothing); a write never waits at the gate, so it finds a short queue and few threads to
share the interpreter with. See docs/speed.md for the measurements.
"""

from __future__ import annotations

import asyncio

from starlette.types import ASGIApp, Message, Receive, Scope, Send

READS = frozenset({"GET", "HEAD"})


class ReadGate:
    """At most `limit` reads inside the app at once, each until its response starts (a slow
    client's download holds no place); other methods pass straight through."""

    def __init__(self, app: ASGIApp, limit: int = 4) -> None:
        self.app, self.limit = app, limit
        self._gate: asyncio.Semaphore | None = None  # made on the server's own event loop

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in READS or self.limit <= 0:
            await self.app(scope, receive, send)
            return
        if self._gate is None:
            self._gate = asyncio.Semaphore(self.limit)
        gate = self._gate
        inside = True

        def leave() -> None:
            nonlocal inside
            if inside:
                inside = False
                gate.release()

        async def send_then_leave(message: Message) -> None:
            if message["type"] == "http.response.start":
                leave()  # the work is done: a slow client's download holds no place
            await send(message)

        await gate.acquire()
        try:
            await self.app(scope, receive, send_then_leave)
        finally:
            leave()
