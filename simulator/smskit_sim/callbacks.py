"""Delivery reports and inbound messages sent to customers' callback URLs, and a log of every attempt."""

from __future__ import annotations

from typing import Any, Literal

import httpx

__all__ = ["Callbacks"]


class Callbacks:
    """Sends callbacks with httpx; tests can pass a transport (e.g. an in-process receiver app)."""

    def __init__(self, transport: httpx.AsyncBaseTransport | None = None) -> None:
        self._transport = transport
        self.log: list[dict[str, Any]] = []

    def reset(self) -> None:
        self.log.clear()

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
    ) -> None:
        entry: dict[str, Any] = {"provider": provider, "event": event, "url": url, "method": method,
                                 "params": params, "form": form, "json": json}  # fmt: skip
        try:
            async with httpx.AsyncClient(transport=self._transport, timeout=5.0) as client:
                answer = await client.request(method, url, params=params, data=form, json=json, headers=headers)
            entry["status"] = answer.status_code
        except httpx.HTTPError as exc:
            entry["error"] = f"{type(exc).__name__}: {exc}"
        self.log.append(entry)
