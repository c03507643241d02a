"""What every simulated provider shares: its spec, the route table, the request pipeline and the error tables.

A provider package (`providers/<id>/`) subclasses `Provider`: `routes.py` has one handler per operationId, the
method named after it (`sendSms` -> `send_sms`), and `__init__.py` says how accounts authenticate and how
error bodies look. `routes()` serves every path of the spec below its local server's path, each method to its
operation's handler, anything else the provider's 405; `endpoint` runs each request through the pipeline:

    screen  ->  faults (status / drop / latency)  ->  body read  ->  authentication  ->  documented rate limit
            ->  handler  ->  lose_answer / damage fault

The body is read before the handler, so that no handler waits: a request that waited (latency, a slow body)
across a `/_sim/reset` is dropped there, and never writes into the fresh state.
"""

from __future__ import annotations

import asyncio
import math
import re
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import Any, ClassVar, Literal
from urllib.parse import urlsplit

from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute

from smskit_sim import spec
from smskit_sim.context import Context
from smskit_sim.faults import ConnectionDropped
from smskit_sim.providers.http import any_method, method_not_allowed, read_body
from smskit_sim.store import Account, Message, Store
from smskit_sim.validation import CompiledOperation
from smskit_sim.wire import DAMAGE, HangUp
from smskit_specs.model import ErrorEntry, Operation

__all__ = ["Endpoint", "Handler", "Provider", "ProviderError"]

Code = str | int
Handler = Callable[[Request, Account, CompiledOperation], Awaitable[Response]]
Endpoint = Callable[[Request], Awaitable[Response]]


class ProviderError(Exception):
    """Raised inside a handler to answer with one of the operation's documented errors."""

    def __init__(self, code: Any, description: str | None = None) -> None:
        super().__init__(code)
        self.code, self.description = code, description


def handler_name(operation_id: str) -> str:
    """The method that handles an operation: its operationId in snake case."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", operation_id).lower()


def _table(op: Operation, root: list[Code]) -> dict[Code, ErrorEntry]:
    """`op`'s errors by code, the provider-wide codes first: a status fault then answers the general entry for
    its status (TransmitSMS's FIELD_EMPTY for 400, not send-sms's LEDGER_ERROR), as the spec lists them."""
    table = {code: entry for code in root if (entry := op.error(code)) is not None}
    table.update((entry.code, entry) for entry in op.errors if entry.code not in table)
    return table


class Provider:
    id: ClassVar[str]
    # HEAD on a path whose GET only reads: "refused" (405), "served" (answered as the GET, as web servers do), or
    # "listed" (served, and named in Allow, as Laravel does). A HEAD never sends.
    head: ClassVar[Literal["refused", "served", "listed"]] = "refused"
    trailing_slash: ClassVar[bool] = False  # every path is also served with a trailing `/`
    # The wording of a 405 (`method_not_allowed` adds the status and Allow): the error-table code answered in the
    # provider's error body where the path's operation has it, or a JSON object of one field whose text formats
    # {method}, {path} and {allow}; neither: a bare status line.
    not_allowed_code: ClassVar[Code | None] = None
    not_allowed_json: ClassVar[tuple[str, str] | None] = None

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.model = spec.behaviour(self.id)
        self.document = spec.document(self.id)
        self.ops = spec.operations(self.id)
        root: list[Code] = [entry["code"] for entry in self.document.get("x-smskit-errors", [])]
        self.errors = {op_id: _table(op, root) for op_id, op in self.model.operations.items()}
        local = next(url for url in self.model.servers if urlsplit(url).hostname == "127.0.0.1")
        self.base_path = urlsplit(local).path.removeprefix(f"/{self.id}")  # the provider's own path prefix

    @property
    def store(self) -> Store:
        return self.ctx.store

    # --- what a provider supplies ----------------------------------------------------------------------------
    def demo_credentials(self) -> dict[str, Any]:
        """The fixed credentials of the demo account seeded at start and on every reset."""
        raise NotImplementedError

    def new_credentials(self, serial: int) -> dict[str, Any]:
        """Credentials for a further account made through the control API."""
        raise NotImplementedError

    def authenticate(self, request: Request, op: CompiledOperation) -> Account | Response:
        """The account the request is made for, or the provider's answer to missing / wrong credentials."""
        raise NotImplementedError

    def error_body(self, entry: ErrorEntry, description: Any) -> Response:
        """One documented error, in the provider's body shape."""
        raise NotImplementedError

    def unparsable(self, op: CompiledOperation) -> Response:
        """The provider's answer to a request it cannot even parse."""
        raise NotImplementedError

    def screen(self, request: Request, op: CompiledOperation) -> Response | None:
        """An answer given before anything else (faults included), as a provider's web server may; None: go on."""
        return None

    async def report(self, message: Message) -> None:
        """Send the delivery report of a message that reached a final state (default: nothing to send)."""

    async def inbound(self, account: Account, event: dict[str, Any]) -> dict[str, Any]:
        """Take an inbound SMS injected through the control API (`from`, `to`, `text`, optional `reply_to`, the
        id of the message it answers); store it where the provider's API shows replies, send its callbacks,
        and return what was recorded. Raise ValueError when the event does not fit this provider."""
        raise ValueError(f"{self.id} documents no inbound messages")

    # --- routes ----------------------------------------------------------------------------------------------
    def routes(self) -> list[BaseRoute]:
        """Every path of the spec below `base_path`, each method to its operation's endpoint."""
        paths: dict[str, dict[str, str]] = {}
        for op in self.model.operations.values():
            paths.setdefault(op.path, {})[op.method] = op.id
        found: list[BaseRoute] = []
        for path, methods in paths.items():
            full = self.base_path + path
            dispatch = self._path_endpoint(full, methods)
            found += [any_method(full, dispatch), *([any_method(full + "/", dispatch)] if self.trailing_slash else [])]
        return found

    def _path_endpoint(self, path: str, methods: dict[str, str]) -> Endpoint:
        endpoints = {method: self.endpoint(op_id) for method, op_id in methods.items()}
        if self.head != "refused" and "GET" in methods and not self.model.operations[methods["GET"]].is_send:
            endpoints["HEAD"] = endpoints["GET"]
        allow = [method for method in endpoints if method != "HEAD" or self.head == "listed"]
        first = next(iter(methods.values()))

        async def dispatch(request: Request) -> Response:
            endpoint = endpoints.get(request.method)
            if endpoint is None:
                return self.not_allowed(request, first, path, allow)
            return await endpoint(request)

        return dispatch

    def not_allowed(self, request: Request, op_id: str, path: str, allow: list[str]) -> Response:
        """The provider's 405 for a method `path` does not take, worded as `not_allowed_*` say."""
        if self.not_allowed_json is not None:
            field, text = self.not_allowed_json
            words = text.format(method=request.method, path=path.lstrip("/"), allow=", ".join(allow))
            return method_not_allowed(allow, JSONResponse({field: words}))
        entry = None if self.not_allowed_code is None else self.errors[op_id].get(self.not_allowed_code)
        return method_not_allowed(allow, None if entry is None else self.error_body(entry, entry.description))

    # --- shared helpers -------------------------------------------------------------------------------------
    def error(self, op_id: str, code: Any, description: str | None = None) -> Response:
        entry = self.errors[op_id][code]
        return self.error_body(entry, entry.description if description is None else description)

    def error_for_status(self, op_id: str, status: int) -> Response:
        """The documented error this operation answers with `status`, else a bare status line."""
        for entry in self.errors[op_id].values():
            if entry.status == status:
                return self.error_body(entry, entry.description)
        try:
            phrase = HTTPStatus(status).phrase
        except ValueError:
            phrase = "Unknown Error"
        return PlainTextResponse(phrase, status_code=status)

    def rate_limited(self, op_id: str, retry_after: float) -> Response:
        for entry in self.errors[op_id].values():
            if entry.kind == "rate_limited":
                response = self.error_body(entry, entry.description)
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

    # --- the pipeline ---------------------------------------------------------------------------------------
    def endpoint(self, op_id: str, handler: Handler | None = None) -> Endpoint:
        """`handler` (default: the method named after `op_id`) behind faults, authentication and the documented
        rate limit of `op_id`."""
        run_handler: Handler = getattr(self, handler_name(op_id)) if handler is None else handler
        op = self.ops[op_id]
        limit = self.model.operations[op_id].rate_limit
        ctx, provider = self.ctx, self.id

        async def run(request: Request) -> Response:
            screened = self.screen(request, op)
            if screened is not None:
                return screened
            generation = ctx.generation
            lose_answer, damage = False, None
            for fault in ctx.faults.due(provider, op_id, DAMAGE in request.scope):
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
            if ctx.generation != generation:  # a reset came while this request waited: the state is not its own
                return HangUp(ConnectionDropped("the simulator was reset while the request waited"))
            try:
                account = self.authenticate(request, op)
                if isinstance(account, Response):
                    response = account
                elif limit is not None and (wait := ctx.limiter.acquire(account.id, limit, account.rate_limit_scale)):
                    response = self.rate_limited(op_id, wait)
                else:
                    response = await run_handler(request, account, op)
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
