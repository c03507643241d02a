"""Delivery reports and inbound messages sent to customers' callback URLs, and a log of every attempt.

A provider that documents retries passes their delays: an attempt that fails (no connection, or an answer other
than 2xx) is tried again that long after, on the virtual clock, when the clock passes that time.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Sequence
from typing import Any, Literal, NamedTuple

import httpx

__all__ = ["Callbacks"]


class _Callback(NamedTuple):
    provider: str
    event: str
    url: str
    method: Literal["GET", "POST"]
    params: dict[str, Any] | None
    form: dict[str, Any] | None
    json: Any
    headers: dict[str, str] | None


class Callbacks:
    """Sends callbacks with httpx; tests can pass a transport (e.g. an in-process receiver app)."""

    def __init__(self, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self._transport = transport
        self.log: list[dict[str, Any]] = []
        # (due, order, attempt number, callback, the delays of the retries after that one)
        self._retries: list[tuple[float, int, int, _Callback, tuple[float, ...]]] = []
        self._order = itertools.count()

    def reset(self) -> None:
        self.log.clear()
        self._retries.clear()

    async def send(
        self,
        provider: str,
        event: str,
        url: str,
        method: Literal["GET", "POST"],
        *,
        params: dict[str, Any] | None = None,
        form: dict[str, Any] | None = None,
        json: Any = None,
        headers: dict[str, str] | None = None,
        retry_delays: Sequence[float] = (),
        now: float = 0.0,
    ) -> None:
        """One callback now; when it fails, again after each of `retry_delays` (virtual seconds) until one
        succeeds."""
        callback = _Callback(provider, event, url, method, params, form, json, headers)
        await self._attempt(callback, 1, tuple(retry_delays), now)

    async def send_due(self, now: float) -> None:
        """The retries whose time has come by virtual time `now`, in order."""
        while self._retries and self._retries[0][0] <= now:
            due, _, attempt, callback, delays = heapq.heappop(self._retries)
            await self._attempt(callback, attempt, delays, due)

    async def _attempt(self, callback: _Callback, attempt: int, delays: tuple[float, ...], at: float) -> None:
        entry: dict[str, Any] = {"provider": callback.provider, "event": callback.event, "url": callback.url,
                                 "method": callback.method, "params": callback.params, "form": callback.form,
                                 "json": callback.json, "attempt": attempt}  # fmt: skip
        delivered = False
        try:
            async with httpx.AsyncClient(transport=self._transport, timeout=5.0) as client:
                answer = await client.request(
                    callback.method,
                    callback.url,
                    params=callback.params,
                    data=callback.form,
                    json=callback.json,
                    headers=callback.headers,
                )
            entry["status"] = answer.status_code
            delivered = answer.is_success
        except httpx.HTTPError as exc:
            entry["error"] = f"{type(exc).__name__}: {exc}"
        self.log.append(entry)
        if not delivered and delays:
            heapq.heappush(self._retries, (at + delays[0], next(self._order), attempt + 1, callback, delays[1:]))
