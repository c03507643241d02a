"""Faults injected through the control API, per provider and operation.

Kinds:
- `status`: answer with this HTTP status (the provider's documented body for it when there is one) instead
  of processing the request.
- `latency`: wait this many real seconds before processing.
- `drop`: close the connection without processing the request.
- `lose_answer`: process the request (the message is stored and will be delivered), then close the
  connection before the answer: the client cannot know it was accepted.
- `damage`: process the request exactly as without the fault, then replace the answer the client receives
  with one of `DAMAGES` (see `smskit_sim.damage`): garbage, half of it, a proxy's error page, or none in time.
Each applies to the next `count` matching requests, or to a `fraction` of them (seeded, reproducible), or to
all of them until cleared. The control API checks a fault against its description (`control.yaml`) before
`Faults.add` takes it.
"""

from __future__ import annotations

import itertools
import random
from typing import Any, Literal

import attrs
import httpx

__all__ = ["DAMAGES", "KINDS", "AnswerTimedOut", "ConnectionDropped", "Fault", "Faults"]

Kind = Literal["status", "latency", "drop", "lose_answer", "damage"]
KINDS = ("status", "latency", "drop", "lose_answer", "damage")
DAMAGES = ("garbage", "truncated", "empty", "empty_object", "empty_array", "html", "no_content", "proxy_502",
           "proxy_504", "timeout")  # fmt: skip
TIMEOUT_SECONDS = 30.0  # how long a `timeout` damage holds the answer over a socket, unless `seconds` says


class ConnectionDropped(httpx.RemoteProtocolError):
    """The connection closes without an answer.

    Over a socket the simulator aborts the connection, and the client sees the peer close it without a complete
    answer (httpx.RemoteProtocolError). In-process (httpx.ASGITransport) this exception reaches the client
    unchanged, so it is that very httpx error: both ways look alike to the code under test.
    """


class AnswerTimedOut(httpx.ReadTimeout):
    """The answer never comes in time: in-process the client gets this httpx.ReadTimeout at once; over a socket
    the simulator holds the answer back until the client gives up (or `seconds` pass, then it closes)."""


@attrs.define
class Fault:
    id: int
    kind: Kind
    provider: str | None = None
    operation: str | None = None
    status: int | None = None
    seconds: float = 0.0
    answer: str | None = None  # a `damage` fault's name from DAMAGES
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
        self.damaging = False  # whether a damage fault is set: only then are answers sent through `wire.damaging`

    def _set(self, faults: list[Fault]) -> None:
        self._faults = faults
        self.damaging = any(f.kind == "damage" for f in faults)

    def clear(self, provider: str | None = None) -> None:
        self._set([f for f in self._faults if provider is not None and f.provider != provider])

    def add(self, spec: dict[str, Any]) -> Fault:
        """Take a fault the control API has checked (kind, and only the fields that kind has)."""
        kind = spec["kind"]
        default_seconds = TIMEOUT_SECONDS if spec.get("answer") == "timeout" else 0.0
        fault = Fault(
            id=next(self._ids),
            kind=kind,
            provider=spec.get("provider"),
            operation=spec.get("operation"),
            status=None if spec.get("status") is None else int(spec["status"]),  # JSON's 404.0 is an integer
            seconds=float(spec.get("seconds", default_seconds)),
            answer=spec.get("answer"),
            count=None if spec.get("count") is None else int(spec["count"]),
            fraction=None if spec.get("fraction") is None else float(spec["fraction"]),
        )
        self._set([*self._faults, fault])
        return fault

    def active(self) -> list[Fault]:
        return list(self._faults)

    def due(self, provider: str, operation: str, damageable: bool = True) -> list[Fault]:
        """The faults that strike this request (each consumes one of its `count`); damage faults only when it is
        `damageable` (sent through `wire.damaging`: it came in after a damage fault was set)."""
        if not self._faults:
            return []
        struck = []
        for fault in self._faults:
            if not fault.matches(provider, operation) or (fault.kind == "damage" and not damageable):
                continue
            if fault.fraction is not None and self._random.random() >= fault.fraction:
                continue
            fault.hits += 1
            struck.append(fault)
        if any(f.count is not None and f.hits >= f.count for f in struck):
            self._set([f for f in self._faults if f.count is None or f.hits < f.count])
        return struck
