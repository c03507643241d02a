"""Faults injected through the control API, per provider and operation.

Kinds:
- `status`: answer with this HTTP status (the provider's documented body for it when there is one) instead
  of processing the request.
- `latency`: wait this many real seconds before processing.
- `drop`: close the connection without processing the request.
- `lose_answer`: process the request (the message is stored and will be delivered), then close the
  connection before the answer: the client cannot know it was accepted.
Each applies to the next `count` matching requests, or to a `fraction` of them (seeded, reproducible), or to
all of them until cleared.
"""

from __future__ import annotations

import itertools
import random
from typing import Any, Literal

import attrs
import httpx

__all__ = ["ConnectionDropped", "Fault", "Faults"]

Kind = Literal["status", "latency", "drop", "lose_answer"]
KINDS = ("status", "latency", "drop", "lose_answer")


class ConnectionDropped(httpx.RemoteProtocolError):
    """Raised by the app to drop the connection.

    Under a real server the exception aborts the connection, and the client sees the peer close it without a
    complete answer (httpx.RemoteProtocolError). In-process (httpx.ASGITransport) the same exception reaches the
    client unchanged, so it is that very httpx error: both ways look alike to the code under test.
    """


@attrs.define
class Fault:
    id: int
    kind: Kind
    provider: str | None = None
    operation: str | None = None
    status: int | None = None
    seconds: float = 0.0
    count: int | None = None  # None: every matching request until cleared
    fraction: float | None = None
    hits: int = 0

    def matches(self, provider: str, operation: str) -> bool:
        return (self.provider in (None, provider)) and (self.operation in (None, operation))

    def public(self) -> dict[str, Any]:
        return attrs.asdict(self)


class Faults:
    def __init__(self, seed: int = 0) -> None:
        self._faults: list[Fault] = []
        self._ids = itertools.count(1)
        self._random = random.Random(seed)

    def clear(self, provider: str | None = None) -> None:
        self._faults = [f for f in self._faults if provider is not None and f.provider != provider]

    def add(self, spec: dict[str, Any]) -> Fault:
        kind = spec.get("kind")
        if kind not in KINDS:
            raise ValueError(f"kind must be one of {', '.join(KINDS)}")
        if kind == "status" and not (isinstance(spec.get("status"), int) and 100 <= spec["status"] <= 599):
            raise ValueError("a status fault needs an integer `status` from 100 to 599")
        if kind == "latency" and not (isinstance(spec.get("seconds"), int | float) and spec["seconds"] >= 0):
            raise ValueError("a latency fault needs `seconds` >= 0")
        fraction = spec.get("fraction")
        if fraction is not None and not (isinstance(fraction, int | float) and 0 < fraction <= 1):
            raise ValueError("`fraction` is a number in (0, 1]")
        count = spec.get("count")
        if count is not None and not (isinstance(count, int) and count > 0):
            raise ValueError("`count` is a positive integer")
        fault = Fault(
            id=next(self._ids),
            kind=kind,
            provider=spec.get("provider"),
            operation=spec.get("operation"),
            status=spec.get("status"),
            seconds=float(spec.get("seconds", 0.0)),
            count=count,
            fraction=fraction,
        )
        self._faults.append(fault)
        return fault

    def active(self) -> list[Fault]:
        return list(self._faults)

    def due(self, provider: str, operation: str) -> list[Fault]:
        """The faults that strike this request (each consumes one of its `count`)."""
        if not self._faults:
            return []
        struck = []
        for fault in self._faults:
            if not fault.matches(provider, operation):
                continue
            if fault.fraction is not None and self._random.random() >= fault.fraction:
                continue
            fault.hits += 1
            struck.append(fault)
        self._faults = [f for f in self._faults if f.count is None or f.hits < f.count]
        return struck
