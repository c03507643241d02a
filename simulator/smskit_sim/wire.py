"""What reaches the client when a fault strikes: a connection closed without an answer, or a damaged answer.

Both act at the ASGI edge (`SimulatorApp.__call__`, outside Starlette's error middleware, which would answer an
escaping exception with a 500), which keeps the server's own `send` in the scope (`SERVER_SEND`):
- a `HangUp` answer closes the connection. Over a socket (uvicorn, as `smskit-sim` serves) it aborts the
  server's transport, so the client sees the peer go away without a response; in-process (httpx.ASGITransport,
  `SimulatorTransport`, Starlette's TestClient) it raises its httpx error, which the client's transport passes on.
- while damage faults are set, the edge sends through `damaging(...)`: a request the pipeline marks with one
  (scope key `DAMAGE`) has its real answer, once complete, replaced by `smskit_sim.damage.damaged(...)`, or, for
  `timeout`, by a hang-up after holding it back. Only those requests can be struck, so the others pay nothing.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from starlette.responses import Response
from starlette.types import Message, Receive, Scope, Send

from smskit_sim.damage import damaged
from smskit_sim.faults import AnswerTimedOut, Fault

__all__ = ["DAMAGE", "SERVER_SEND", "HangUp", "damaging"]

SERVER_SEND = "smskit_sim.server_send"  # scope key: the server's `send`, as the app got it
DAMAGE = "smskit_sim.damage"  # scope key: present when the request can be damaged; then the fault striking it


class HangUp(Response):
    """No answer: the connection closes, after holding it open `hold` seconds (unless the client leaves first)."""

    def __init__(self, error: Exception, hold: float = 0.0) -> None:
        super().__init__(status_code=204)  # never sent; no media type, so no provider re-renders it
        self.error, self.hold = error, hold

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        transport = _server_transport(scope.get(SERVER_SEND))
        if transport is None:
            raise self.error
        if self.hold > 0:
            await _disconnected(receive, self.hold)
        transport.abort()
        await _disconnected(receive, 5.0)  # then the server knows the client is gone: no 500, nothing logged


async def _disconnected(receive: Receive, seconds: float) -> None:
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(seconds):
            while (await receive())["type"] != "http.disconnect":
                pass


def _server_transport(send: Any) -> Any:
    """uvicorn's connection transport, reached through `send` (a method of its request cycle); None in-process."""
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    return transport if callable(getattr(transport, "abort", None)) else None


def damaging(scope: Scope, receive: Receive, send: Send) -> Send:
    """`send`, but replacing the answer once complete when the pipeline has set `scope[DAMAGE]` to a fault."""
    scope[DAMAGE] = None
    start: Message | None = None
    chunks: list[bytes] = []

    async def outbound(message: Message) -> None:
        nonlocal start
        fault: Fault | None = scope[DAMAGE]
        if fault is None:
            await send(message)
        elif message["type"] == "http.response.start":
            start = message
        else:
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                assert start is not None
                await _instead(fault, start, b"".join(chunks))(scope, receive, send)

    return outbound


def _instead(fault: Fault, start: Message, body: bytes) -> Response:
    if fault.answer == "timeout":
        return HangUp(AnswerTimedOut("the answer did not come in time"), hold=fault.seconds)
    headers = {name.lower(): value for name, value in start.get("headers", [])}
    content_type = headers.get(b"content-type")
    assert fault.answer is not None
    return damaged(fault.answer, None if content_type is None else content_type.decode("latin-1"), body)
