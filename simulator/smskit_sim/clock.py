"""The simulator's virtual clock: time only moves when a test (or the control API) says so.

It starts at the real time (UTC, to the second) unless a fixed start is asked for (`create_app(clock_start=...)`,
`smskit-sim --clock`, `POST /_sim/reset {"clock": ...}`): a client that schedules "in 5 minutes" then lands five
minutes after the simulator's now, and a time already past by the wall clock is past for the simulator too.
Tests that compare stamps ask for a fixed start (`FIXED_START` is the conventional one).
"""

from __future__ import annotations

import datetime as dt

__all__ = ["FIXED_START", "LAST", "VirtualClock", "parse_start", "wall_clock_start"]

# The conventional fixed start (tests, the conformance harness): a recognisable instant, reproducible runs.
FIXED_START = dt.datetime(2026, 1, 1, 12, 0, 0, tzinfo=dt.UTC)
# Where the clock stops (about 3,000 years on): well short of what a datetime holds (year 9999).
LAST = 100_000_000_000.0
# The range a start may take: after the clock's end there must still be a datetime (year 9999).
EARLIEST = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
LATEST = dt.datetime(5000, 1, 1, tzinfo=dt.UTC)


def wall_clock_start() -> dt.datetime:
    """The real time now, in UTC, to the second."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def parse_start(value: str | dt.datetime) -> dt.datetime:
    """A start as an aware UTC datetime: ISO 8601 with `Z` or an offset (`2026-01-01T00:00:00Z`); a naive value or
    one outside 1970-01-01 .. 5000-01-01 is a ValueError saying why."""
    if isinstance(value, str):
        text = value.strip()
        try:
            when = dt.datetime.fromisoformat(text[:-1] + "+00:00" if text[-1:] in ("Z", "z") else text)
        except ValueError:
            raise ValueError(f"{value!r} is not an ISO 8601 date-time such as 2026-01-01T00:00:00Z") from None
    else:
        when = value
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"{value!r} names no time zone: add Z (UTC) or an offset such as +01:00")
    when = when.astimezone(dt.UTC)
    if not EARLIEST <= when < LATEST:
        raise ValueError(f"{value!r} is outside the clock's range (1970-01-01 to 5000-01-01)")
    return when


class VirtualClock:
    """Seconds since `start`; `advance` moves it forward, nothing else does."""

    __slots__ = ("_now", "start")

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.start = wall_clock_start() if start is None else parse_start(start)
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

    def until(self, when: dt.datetime) -> float:
        """The seconds to advance to reach the aware datetime `when` (ValueError when it is already past)."""
        seconds = self.at(when) - self._now
        if seconds < 0:
            raise ValueError(f"the clock only moves forward: it is already {self.iso()}")
        return seconds

    def datetime(self, at: float | None = None) -> dt.datetime:
        return self.start + dt.timedelta(seconds=self._now if at is None else at)

    def at(self, when: dt.datetime) -> float:
        """The virtual timestamp of an aware datetime."""
        return (when - self.start).total_seconds()

    def iso(self, at: float | None = None) -> str:
        """ISO 8601 in UTC with `Z`, as the control API writes times."""
        return self.datetime(at).isoformat().replace("+00:00", "Z")
