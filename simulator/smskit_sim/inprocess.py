"""Run the simulator in-process behind a *sync* httpx client.

httpx.ASGITransport is async-only. `SimulatorTransport` runs the ASGI app on an event loop in a background
thread and hands each request to it, so `httpx.Client(transport=SimulatorTransport(app))` (and any sync SDK
built on httpx) talks to the simulator without a socket. Faults behave as over the network: a dropped
connection raises httpx.RemoteProtocolError in the caller, and a `timeout` damage httpx.ReadTimeout.
"""

from __future__ import annotations

import asyncio
import threading
from typing import Any

import httpx

__all__ = ["AsyncSimulatorTransport", "SimulatorTransport"]


class SimulatorTransport(httpx.BaseTransport):
    def __init__(self, app: Any) -> None:
        self._asgi = httpx.ASGITransport(app=app)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="smskit-sim", daemon=True)
        self._thread.start()

    async def _call(self, request: httpx.Request) -> httpx.Response:
        response = await self._asgi.handle_async_request(request)
        content = await response.aread()
        return httpx.Response(response.status_code, headers=response.headers, content=content)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        return asyncio.run_coroutine_threadsafe(self._call(request), self._loop).result()

    def lend(self) -> httpx.BaseTransport:
        """This transport for one more client, which may close it (`with client:`) without closing it for the
        others: one bridge, one event loop, for every client of the app."""
        return _Lent(self)

    def close(self) -> None:
        if self._loop.is_running():
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=5)
        if not self._loop.is_running():
            self._loop.close()


class _Lent(httpx.BaseTransport):
    def __init__(self, transport: httpx.BaseTransport) -> None:
        self._transport = transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._transport.handle_request(request)

    def close(self) -> None:
        pass  # the lender closes it


class AsyncSimulatorTransport(httpx.ASGITransport):
    """`SimulatorTransport`'s async twin: httpx's own ASGI transport, under the name the control client's
    sync half (tools/unasync.py) maps to `SimulatorTransport`."""
