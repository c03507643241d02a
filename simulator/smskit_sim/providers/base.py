"""What every simulated provider shares: its spec, the request pipeline, and the error tables.

A provider module subclasses `Provider`, lists its routes, says how its accounts authenticate and how its
error bodies look; `Provider.endpoint` wraps each handler in the pipeline every request goes through:

    faults (status / drop / latency)  ->  body read  ->  authentication  ->  documented rate limit  ->  handler
                                                                            ->  lose_answer / damage fault

The body is read before the handler, so that no handler waits: a request that waited (latency, a slow body)
across a `/_sim/reset` is dropped there, and never writes into the fresh state.

Request parsing and the rules of each operation stay in the provider module (as moto keeps responses apart
from models); the state they act on is the shared `Store`.
"""

from __future__ import annotations

import asyncio
import functools
import json
import math
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, ClassVar

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute, Route

from smskit._spec import resolved_spec
from smskit_sim.faults import ConnectionDropped
from smskit_sim.store import Account, Message
from smskit_sim.validation import CompiledOperation, compile_operations
from smskit_sim.wire import DAMAGE, HangUp

if TYPE_CHECKING:
    from smskit_sim.app import Simulator

__all__ = ["FastJSONResponse", "Handler", "Provider", "ProviderError", "any_method", "loads", "read_body"]

ALL_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]

Handler = Callable[[Request, Account, CompiledOperation], Awaitable[Response]]


# What JSONResponse.render passes to json.dumps, built once: json.dumps builds a new encoder on every call.
_JSON_ENCODE = json.JSONEncoder(ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":")).encode


class FastJSONResponse(JSONResponse):
    """A JSONResponse, byte for byte, rendered by one shared encoder (hot paths answer thousands a second)."""

    def render(self, content: Any) -> bytes:
        return _JSON_ENCODE(content).encode("utf-8")


class ProviderError(Exception):
    """Raised inside a handler to answer with one of the operation's documented errors."""

    def __init__(self, code: Any, description: str | None = None) -> None:
        super().__init__(code)
        self.code, self.description = code, description


@functools.cache
def _compiled(provider: str) -> dict[str, CompiledOperation]:
    """Validators are immutable: compile each spec once per process, however many apps are created."""
    return compile_operations(resolved_spec(provider))


def loads(raw: bytes | str) -> Any:
    """`json.loads`, with JSON nested deeper than the parser goes refused as unparsable (ValueError), not a crash."""
    try:
        return json.loads(raw)
    except RecursionError:
        raise ValueError("JSON nested too deep") from None


def any_method(path: str, endpoint: Callable[[Request], Awaitable[Response]]) -> Route:
    """A route that takes every method, so the provider, not the framework, answers a wrong one."""
    return Route(path, endpoint, methods=ALL_METHODS)


async def read_body(request: Request) -> bytes:
    """`await request.body()`, without the async generator Starlette reads it through.

    That generator (and the event loop's bookkeeping of it) costs more than the rest of reading a small body;
    this reads the same ASGI messages, and leaves the request as `body()` would (cached, stream consumed).
    """
    if hasattr(request, "_body") or request._stream_consumed:
        return await request.body()
    chunks: list[bytes] = []
    while True:
        message = await request.receive()
        if message["type"] == "http.request":
            chunks.append(message.get("body", b""))
            if not message.get("more_body", False):
                break
        elif message["type"] == "http.disconnect":
            request._is_disconnected = True
            raise ClientDisconnect()
    request._stream_consumed = True
    request._body = body = b"".join(chunks)
    return body


class Provider:
    id: ClassVar[str]

    def __init__(self, sim: Simulator) -> None:
        self.sim = sim
        self.store = sim.store
        self.spec = resolved_spec(self.id)
        self.ops = _compiled(self.id)
        root_errors = self.spec.get("x-smskit-errors", [])
        root_limit = self.spec.get("x-smskit-rate-limit")
        self.errors: dict[str, dict[Any, dict[str, Any]]] = {}
        self.limits: dict[str, tuple[int, str, str]] = {}
        for op_id, op in self.ops.items():
            table = {entry["code"]: entry for entry in root_errors}
            table.update({entry["code"]: entry for entry in op.node.get("x-smskit-errors", [])})
            self.errors[op_id] = table
            limit = op.node.get("x-smskit-rate-limit")
            if limit is not None:
                self.limits[op_id] = (limit["requests"], limit["per"], limit.get("bucket", op_id))
            elif root_limit is not None:
                self.limits[op_id] = (root_limit["requests"], root_limit["per"], root_limit.get("bucket", "account"))

    # --- what a provider module supplies ---------------------------------------------------------------------
    def routes(self) -> list[BaseRoute]:
        raise NotImplementedError

    def demo_credentials(self) -> dict[str, Any]:
        """The fixed credentials of the demo account seeded at start and on every reset."""
        raise NotImplementedError

    def new_credentials(self, serial: int) -> dict[str, Any]:
        """Credentials for a further account made through the control API."""
        raise NotImplementedError

    def authenticate(self, request: Request, op: CompiledOperation) -> Account | Response:
        """The account the request is made for, or the provider's answer to missing / wrong credentials."""
        raise NotImplementedError

    def error_body(self, entry: dict[str, Any], description: str) -> Response:
        """One documented error, in the provider's body shape."""
        raise NotImplementedError

    def unparsable(self, op: CompiledOperation) -> Response:
        """The provider's answer to a request it cannot even parse."""
        raise NotImplementedError

    async def report(self, message: Message) -> None:
        """Send the delivery report of a message that reached a final state (default: nothing to send)."""

    async def inbound(self, account: Account, event: dict[str, Any]) -> dict[str, Any]:
        """Take an inbound SMS injected through the control API (`from`, `to`, `text`, optional `reply_to`, the
        id of the message it answers); store it where the provider's API shows replies, send its callbacks,
        and return what was recorded. Raise ValueError when the event does not fit this provider."""
        raise ValueError(f"{self.id} documents no inbound messages")

    # --- shared helpers -------------------------------------------------------------------------------------
    def error(self, op_id: str, code: Any, description: str | None = None) -> Response:
        entry = self.errors[op_id][code]
        return self.error_body(entry, entry["description"] if description is None else description)

    def error_for_status(self, op_id: str, status: int) -> Response:
        """The documented error this operation answers with `status`, else a bare status line."""
        for entry in self.errors[op_id].values():
            if entry["status"] == status:
                return self.error_body(entry, entry["description"])
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = "Unknown Error"
        return PlainTextResponse(phrase, status_code=status)

    def rate_limited(self, op_id: str, retry_after: float) -> Response:
        for entry in self.errors[op_id].values():
            if entry["kind"] == "rate_limited":
                response = self.error_body(entry, entry["description"])
                break
        else:
            response = PlainTextResponse("Too Many Requests", status_code=429)
        response.headers["Retry-After"] = str(max(1, math.ceil(retry_after)))
        return response

    def charge(self, account: Account, amount: float) -> bool:
        """Take `amount` from the balance; False (and nothing taken) when it is not there."""
        if account.balance + 1e-9 < amount:
            return False
        account.balance = round(account.balance - amount, 6)
        return True

    def endpoint(self, op_id: str, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
        """`handler` behind faults, authentication and the documented rate limit of `op_id`."""
        op = self.ops[op_id]
        limit = self.limits.get(op_id)
        sim, provider = self.sim, self.id

        async def run(request: Request) -> Response:
            generation = sim.generation
            lose_answer, damage = False, None
            for fault in sim.faults.due(provider, op_id, DAMAGE in request.scope):
                if fault.kind == "latency":
                    await asyncio.sleep(fault.seconds)
                elif fault.kind == "status":
                    assert fault.status is not None
                    return self.error_for_status(op_id, fault.status)
                elif fault.kind == "drop":
                    return HangUp(ConnectionDropped("connection dropped before the request was processed"))
                elif fault.kind == "lose_answer":
                    lose_answer = True
                else:
                    damage = fault
            try:
                await read_body(request)  # the last wait: the handler then runs to its answer without one
            except ClientDisconnect:
                return HangUp(ConnectionDropped("the client left before its request was read"))
            if sim.generation != generation:  # a reset came while this request waited: the state is not its own
                return HangUp(ConnectionDropped("the simulator was reset while the request waited"))
            try:
                account = self.authenticate(request, op)
                if isinstance(account, Response):
                    response = account
                elif limit is not None and (
                    wait := sim.limiter.acquire(account.id, limit[2], limit[0], limit[1], account.rate_limit_scale)
                ):
                    response = self.rate_limited(op_id, wait)
                else:
                    response = await handler(request, account, op)
            except ProviderError as exc:
                response = self.error(op_id, exc.code, exc.description)
            except (ValueError, UnicodeDecodeError, KeyError, TypeError, RecursionError):
                response = self.unparsable(op)
            if lose_answer:
                return HangUp(ConnectionDropped("connection dropped after the request was processed"))
            if damage is not None:
                request.scope[DAMAGE] = damage  # the edge replaces the answer once it is complete
            return response

        return run
