"""Client-side rate limiting: stay under the provider's documented limit instead of hitting its 429.

A token bucket per (client, bucket) from `x-smskit-rate-limit`: a caller reserves the next free slot under a
lock and then sleeps until it outside the lock, so concurrent senders are paced exactly, never bunched. Then,
right before its request leaves, it is admitted by the same bucket run on the time that really passed: callers
that all wake late at once (a stalled event loop, a garbage-collection pause, a descheduled process) would
otherwise leave together, more of them than the provider's bucket holds.
"""

from __future__ import annotations

import threading

from smskit import _timing
from smskit._spec import RateLimit

__all__ = ["RateLimiter"]

# Run a hair under the documented rate: arrival jitter must not push the provider's own bucket over.
_HEADROOM = 0.99
# The provider's bucket starts when our first request *arrives*, one latency after ours starts: refill later
# by this much, which absorbs first-request latency and jitter up to 100 ms (about 3 of 30 sends in second 1).
_ARRIVAL_ALLOWANCE = 0.1
# Burst at most half the provider's bucket. A request waits for a pooled connection *after* taking its slot, so
# requests held up there arrive bunched with later ones while the provider's bucket, capped at its size, did
# not bank their tokens: a client bursting the whole bucket then overflows it (2-3 429s per 300 gathered async
# sends over a socket). Half a bucket of slack absorbs such bunching; steady pacing is unchanged.
_BURST = 0.5


# Float rounding between the two runs of one bucket: an admission this short of a whole token is one.
_ROUNDING = 1e-9


class _Bucket:
    __slots__ = ("capacity", "rate", "stamp", "tokens")

    def __init__(self, limit: RateLimit, scale: float) -> None:
        self.capacity = max(1.0, limit.requests * scale * _BURST)
        self.rate = limit.requests * scale * _HEADROOM / limit.per_seconds
        self.tokens = self.capacity
        self.stamp = _timing.monotonic() + _ARRIVAL_ALLOWANCE

    def take(self, now: float) -> float:
        """Refill up to `now`, take a token (the balance may go negative); the tokens left."""
        if now > self.stamp:
            self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
            self.stamp = now
        self.tokens -= 1.0
        return self.tokens


class RateLimiter:
    """`scale` multiplies every limit (a raised account limit); 0 switches client-side limiting off."""

    def __init__(self, scale: float = 1.0) -> None:
        self.scale = scale
        self._slots: dict[str, _Bucket] = {}  # reservations, made ahead
        self._sent: dict[str, _Bucket] = {}  # admissions, on the time that really passed
        self._lock = threading.Lock()

    def reserve(self, limit: RateLimit | None) -> float:
        """Take the next slot of `limit`'s bucket; return the seconds to wait before using it."""
        if limit is None or self.scale <= 0:
            return 0.0
        with self._lock:
            bucket = self._bucket(self._slots, limit)
            left = bucket.take(_timing.monotonic())  # negative: queued behind others' reservations
            return 0.0 if left >= 0 else -left / bucket.rate

    def admit(self, limit: RateLimit | None) -> float:
        """Let a request that waited for its slot leave now (0.0), or the seconds it must wait still (then ask
        again): at most that bucket's burst leaves at once, however late its callers woke."""
        if limit is None or self.scale <= 0:
            return 0.0
        with self._lock:
            bucket = self._bucket(self._sent, limit)
            left = bucket.take(_timing.monotonic())
            if left >= -_ROUNDING:
                return 0.0
            bucket.tokens += 1.0  # not taken: the caller asks again after the wait
            return -left / bucket.rate

    def _bucket(self, buckets: dict[str, _Bucket], limit: RateLimit) -> _Bucket:
        bucket = buckets.get(limit.bucket)
        if bucket is None:
            bucket = buckets[limit.bucket] = _Bucket(limit, self.scale)
        return bucket
