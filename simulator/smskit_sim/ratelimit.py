"""Documented rate limits, enforced per account with token buckets on the real (monotonic) clock.

Rate limits protect a real gateway in real time, so they run on wall time, not on the virtual clock: a
client that sends faster than the documented rate sees the provider's 429 whatever the virtual time is.
"""

from __future__ import annotations

import time

from smskit_specs.model import RateLimit

__all__ = ["RateLimiter"]


class _Bucket:
    __slots__ = ("capacity", "rate", "stamp", "tokens")

    def __init__(self, capacity: float, rate: float, now: float) -> None:
        self.capacity, self.rate, self.tokens, self.stamp = capacity, rate, capacity, now


class RateLimiter:
    """Token buckets keyed by (account, bucket name); `scale` multiplies every limit, 0 switches them off."""

    def __init__(self) -> None:
        self._buckets: dict[tuple[str, str], _Bucket] = {}

    def reset(self) -> None:
        self._buckets.clear()

    def acquire(self, account: str, limit: RateLimit, scale: float = 1.0) -> float:
        """Take one token from `limit`'s bucket; return 0.0 when allowed, else the seconds until a token is free."""
        if scale <= 0:
            return 0.0
        now = time.monotonic()
        capacity = max(limit.requests * scale, 1.0)
        rate = limit.requests * scale / limit.per_seconds
        state = self._buckets.get((account, limit.bucket))
        if state is None or state.capacity != capacity:
            state = self._buckets[(account, limit.bucket)] = _Bucket(capacity, rate, now)
        state.tokens = min(state.capacity, state.tokens + (now - state.stamp) * state.rate)
        state.stamp = now
        if state.tokens >= 1.0:
            state.tokens -= 1.0
            return 0.0
        return (1.0 - state.tokens) / state.rate
