"""What a simulated provider acts on, and nothing more: the store (with the virtual clock it lives on), the
callbacks it sends, the faults that strike its requests and the rate limiter. The app builds one and hands it to
every provider.

A reset swaps in a fresh store and fault list and counts a new generation, so providers read these attributes
at each request rather than keeping them.
"""

from __future__ import annotations

import datetime as dt

from smskit_sim.callbacks import Callbacks
from smskit_sim.faults import Faults
from smskit_sim.ratelimit import RateLimiter
from smskit_sim.store import Store

__all__ = ["Context"]


class Context:
    __slots__ = ("callbacks", "clock_start", "faults", "generation", "limiter", "seed", "store")

    def __init__(self, callbacks: Callbacks, seed: int = 0, clock_start: dt.datetime | None = None) -> None:
        self.callbacks, self.seed = callbacks, seed
        self.clock_start = clock_start  # where every reset starts the clock; None: the real time of the reset
        self.store = Store(clock_start)
        self.limiter = RateLimiter()
        self.faults = Faults(seed)
        self.generation = 0  # counts resets: a request that waited across one must not touch the new state

    def reset(self, clock_start: dt.datetime | None = None) -> None:
        """Fresh state, its clock at `clock_start`, else at the configured start, else at the real time now."""
        self.generation += 1
        self.store = Store(clock_start or self.clock_start)
        self.limiter.reset()
        self.faults = Faults(self.seed)
        self.callbacks.reset()
