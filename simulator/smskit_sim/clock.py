"""The simulator's virtual clock: time only moves when a test (or the control API) says so."""

from __future__ import annotations

import datetime as dt

__all__ = ["LAST", "VirtualClock"]

# A fixed, recognisable start so that runs are reproducible.
EPOCH = dt.datetime(2026, 1, 1, 12, 0, 0, tzinfo=dt.UTC)
# Where the clock stops (about 3,000 years on): well short of what a datetime holds (year 9999).
LAST = 100_000_000_000.0


class VirtualClock:
    """Seconds since EPOCH; `advance` moves it forward, nothing else does."""

    __slots__ = ("_now",)

    def __init__(self) -> None:
        self._now = 0.0

    def now(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        if seconds < 0:
            raise ValueError("the clock only moves forward")
        if self._now + seconds > LAST:
            raise ValueError(f"the clock stops {LAST:.0f} seconds after its start; it is at {self._now:.0f}")
        self._now += seconds
        return self._now

    def datetime(self, at: float | None = None) -> dt.datetime:
        return EPOCH + dt.timedelta(seconds=self._now if at is None else at)

    def at(self, when: dt.datetime) -> float:
        """The virtual timestamp of an aware datetime."""
        return (when - EPOCH).total_seconds()
