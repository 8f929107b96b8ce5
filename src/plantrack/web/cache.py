"""Page data cache keyed by the store's write stamp, with read-your-writes and bounded staleness.

Every write in plantrack (ingest, figure, assignment, user change) appends an audit row, so
`max(audit.id)` — the stamp — moves whenever anything a page shows may have changed. A page
built at stamp N is exact while the stamp is still N. When the stamp has moved, the old page may
still be served for `max_stale` seconds (default 0.25 s) — but never to a user whose own write
is newer than the page: after a write the writer always sees it (read-your-writes; each user's
last write stamp is kept in the store's `write_stamps` table, so it holds across worker
processes). This keeps a burst of writes from making every reader rebuild every page; set
`max_stale_ms` to 0 for strictly fresh pages.

When the stamp has moved and the page is older than that, the first reader starts one rebuild
in the background and readers keep getting the previous page until it is done (stale while
revalidate) — again never a user whose own newer write it would hide.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from plantrack.workspace import Workspace


@dataclass(slots=True)
class Entry:
    stamp: int
    built: float  # time.monotonic() when built
    value: Any


class PageCache:
    def __init__(self, workspace: Workspace, size: int = 512, max_stale: float = 0.25) -> None:
        self.workspace, self.size, self.max_stale = workspace, size, max_stale
        self._items: OrderedDict[Hashable, Entry] = OrderedDict()
        self._lock = threading.Lock()
        self._building: dict[Hashable, threading.Lock] = {}
        self._refreshing: set[Hashable] = set()
        self.hits = self.misses = 0

    def stamp(self) -> int:
        """The store's stamp (a database read: call it off the event loop)."""
        return self.workspace.audit_stamp()

    def _usable(self, entry: Entry | None, stamp: int, need: int | None) -> bool:
        if entry is None:
            return False
        if entry.stamp == stamp:
            return True
        return (
            need is not None
            and entry.stamp >= need
            and time.monotonic() - entry.built < self.max_stale
        )

    def peek(self, key: Hashable, stamp: int, need: int | None = None) -> Entry | None:
        """A usable entry (see module doc) without building, or None."""
        with self._lock:
            entry = self._items.get(key)
            if self._usable(entry, stamp, need):
                self._items.move_to_end(key)
                self.hits += 1
                return entry
        return None

    def latest(self, key: Hashable) -> Entry | None:
        with self._lock:
            return self._items.get(key)

    def start_refresh(self, key: Hashable) -> bool:
        """True for the one caller that should rebuild `key` in the background."""
        with self._lock:
            if key in self._refreshing:
                return False
            self._refreshing.add(key)
            return True

    def end_refresh(self, key: Hashable) -> None:
        with self._lock:
            self._refreshing.discard(key)

    def entry(
        self,
        key: Hashable,
        build: Callable[[], Any],
        stamp: int | None = None,
        need: int | None = None,
    ) -> Entry:
        """A usable entry for `key`, built by `build()` if there is none (errors not cached).

        `need`: the newest stamp the caller must see (its own last write); None = exact stamp.
        Single flight: when a write invalidates a page, one thread rebuilds it and the others
        wait for that result instead of all rebuilding.
        """
        stamp = self.stamp() if stamp is None else stamp
        found = self.peek(key, stamp, need)
        if found is not None:
            return found
        with self._lock:
            building = self._building.setdefault(key, threading.Lock())
        with building:
            found = self.peek(key, stamp, need)
            if found is not None:
                return found
            value = build()
            entry = Entry(stamp, time.monotonic(), value)
            with self._lock:
                self.misses += 1
                self._items[key] = entry
                self._items.move_to_end(key)
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
        return entry

    def get(
        self,
        key: Hashable,
        build: Callable[[], Any],
        stamp: int | None = None,
        need: int | None = None,
    ) -> Any:
        return self.entry(key, build, stamp, need).value


def request_stamp(request: Any) -> int:
    """The store stamp, read once per request (kept on request.state). A database read when it
    is not there yet: async endpoints get it from `cached_async` (off the loop) first."""
    state = request.state
    if not hasattr(state, "stamp"):
        state.stamp = request.app.state.cache.stamp()
    return state.stamp


def _page_stamps(request: Any) -> tuple[int, int]:
    """(the store stamp, the stamp of the requesting user's own last write — 0 if none or
    anonymous); the write stamps live in the store, so every worker process honours them."""
    user = getattr(request.state, "user", None)
    stamp, need = request.app.state.workspace.page_stamps(user.id if user is not None else None)
    request.state.stamp = stamp
    return stamp, need


_background: set[Any] = set()  # running refresh tasks (a reference keeps them alive)


async def cached_async(request: Any, key: Hashable, build: Callable[[], Any]) -> Any:
    """Page data from an async endpoint. The stamps are read in the thread pool (one hop, one
    connection); a hit is then served on the event loop; a rebuild runs in the thread pool too —
    in the background while the previous page is still allowed (see the module doc). The stamp
    of the data served is kept in request.state.data_stamp (render caches its HTML under it)."""
    import asyncio

    from starlette.concurrency import run_in_threadpool

    cache: PageCache = request.app.state.cache
    stamp, need = await run_in_threadpool(_page_stamps, request)
    entry = cache.peek(key, stamp, need)
    if entry is None:
        old = cache.latest(key)
        if cache.max_stale > 0 and old is not None and old.stamp >= need:
            if cache.start_refresh(key):

                async def refresh() -> None:
                    try:
                        await run_in_threadpool(cache.entry, key, build, stamp, None)
                    finally:
                        cache.end_refresh(key)

                task = asyncio.create_task(refresh())
                _background.add(task)
                task.add_done_callback(_background.discard)
            entry = old
        else:
            entry = await run_in_threadpool(cache.entry, key, build, stamp, need)
    request.state.data_stamp = entry.stamp
    return entry.value
