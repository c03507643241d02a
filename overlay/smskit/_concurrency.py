"""Running a send's batches side by side, at most `limit` at once: threads for sync clients, tasks for async."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import TypeVar

__all__ = ["amap_limited", "map_limited"]

T = TypeVar("T")
R = TypeVar("R")


def map_limited(fn: Callable[[T], R], items: Sequence[T], limit: int) -> list[R]:
    if len(items) <= 1:  # most sends are one batch: no pool
        return [fn(item) for item in items]
    from concurrent.futures import ThreadPoolExecutor  # here: imported only when a send has batches to share

    with ThreadPoolExecutor(max_workers=min(limit, len(items))) as pool:
        return list(pool.map(fn, items))


async def amap_limited(fn: Callable[[T], Awaitable[R]], items: Sequence[T], limit: int) -> list[R]:
    import asyncio  # here: a sync-only program never pays for importing asyncio

    gate = asyncio.Semaphore(limit)

    async def one(item: T) -> R:
        async with gate:
            return await fn(item)

    return list(await asyncio.gather(*(one(item) for item in items)))
