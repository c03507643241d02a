"""Time as smskit's retries and rate limiter see it, with a testing switch (as stamina has).

With testing on, sleeping returns at once and moves a virtual offset instead, so a test of retries or of a
rate limit runs in milliseconds while the limiter still believes the time has passed.
"""

from __future__ import annotations

import threading
import time

__all__ = ["asleep", "is_testing", "monotonic", "set_testing", "sleep", "slept"]

_lock = threading.Lock()
_testing = False
_offset = 0.0
_slept: list[float] = []


def set_testing(on: bool) -> None:
    """Turn the testing switch on (no real sleeping; waits are recorded in `slept()`) or off."""
    global _testing, _offset
    with _lock:
        _testing, _offset = on, 0.0
        _slept.clear()


def is_testing() -> bool:
    """Whether the testing switch is on."""
    return _testing


def slept() -> list[float]:
    """The waits skipped while testing was on, in order."""
    with _lock:
        return list(_slept)


def monotonic() -> float:
    return time.monotonic() + _offset


def _skip(seconds: float) -> None:
    global _offset
    with _lock:
        _offset += seconds
        _slept.append(seconds)


def sleep(seconds: float) -> None:
    if seconds <= 0:
        return
    if _testing:
        _skip(seconds)
    else:
        time.sleep(seconds)


async def asleep(seconds: float) -> None:
    if seconds <= 0:
        return
    if _testing:
        _skip(seconds)
    else:
        import asyncio  # here: a sync-only program never pays for importing asyncio

        await asyncio.sleep(seconds)
