"""The control API under `/_sim/`, as `control.yaml` describes it (served at `/_sim/openapi.json`).

Every body is checked against that description first (`control_schema`), then against the state (a fault's
operation, an account's existence, the clock's end, chosen credentials against their provider's shape); each
refusal is a 400 (404 for no such account, 409 for a credential another account holds) whose `error` names the
field, and nothing is changed by a refused request.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from smskit_sim.clock import parse_start
from smskit_sim.control_schema import BadRequest, check, check_fault, description, read_json
from smskit_sim.credentials import CredentialError
from smskit_sim.spec import operation_ids
from smskit_sim.store import Account

if TYPE_CHECKING:
    from smskit_sim.simulator import Simulator

__all__ = ["control_routes"]

Endpoint = Callable[[Request], Awaitable[Response]]


def _answering_400(endpoint: Endpoint) -> Endpoint:
    async def run(request: Request) -> Response:
        try:
            return await endpoint(request)
        except BadRequest as exc:
            return _bad(str(exc))

    return run


def _bad(message: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _provider_query(request: Request) -> str | None:
    value = request.query_params.get("provider")
    if value is not None:
        check("ProviderId", value, field="provider")
    return value


def _bare_number(number: str) -> str:
    """A number without its `+` and separators: what the `recipient` filter compares (control.yaml)."""
    return number.translate(_SEPARATORS)


_SEPARATORS = str.maketrans("", "", "+ -().")


def _settle(account: Account, body: dict[str, Any]) -> None:
    """Apply the settable fields (one set of rules for POST and PATCH: the description's Account* schemas)."""
    for key, value in body.items():
        if key == "settings":  # provider-specific switches (plans, opening hours...), see the provider module
            account.settings.update(value)
        elif key in ("balance", "rate_limit_scale"):
            setattr(account, key, float(value))
        elif key not in ("provider", "credentials"):
            setattr(account, key, value)


def _instant(value: str, field: str) -> dt.datetime:
    try:
        return parse_start(value)
    except ValueError as exc:
        raise BadRequest(f"`{field}`: {exc}") from None


def control_routes(sim: Simulator) -> list[Route]:
    async def openapi(request: Request) -> Response:
        return JSONResponse(description())

    async def reset(request: Request) -> Response:
        start = None
        if (await request.body()).strip():  # a body is optional: {"clock": "2026-01-01T00:00:00Z"}
            body = await read_json(request)
            check("Reset", body)
            if "clock" in body:
                start = _instant(body["clock"], "clock")
        sim.reset(start)
        return JSONResponse({"reset": True, "accounts": [a.public() for a in sim.demo.values()]})

    async def accounts(request: Request) -> Response:
        if request.method == "GET":
            provider = _provider_query(request)
            found = [a.public() for a in sim.store.accounts.values() if provider in (None, a.provider)]
            return JSONResponse({"accounts": found})
        body = await read_json(request)
        check("AccountCreate", body)
        try:
            account = sim.create_account(body["provider"], chosen=body.get("credentials"))
        except CredentialError as exc:
            return _bad(str(exc), exc.status)
        _settle(account, body)
        return JSONResponse(account.public(), status_code=201)

    async def account(request: Request) -> Response:
        body = await read_json(request)
        check("AccountUpdate", body)
        found = sim.store.accounts.get(request.path_params["account_id"])
        if found is None:
            return _bad("no such account", 404)
        _settle(found, body)
        return JSONResponse(found.public())

    async def inbound(request: Request) -> Response:
        if request.method == "GET":
            provider = _provider_query(request)
            return JSONResponse({"inbound": [i for i in sim.store.inbound if provider in (None, i["provider"])]})
        body = await read_json(request)
        check("Inbound", body)
        account = sim.store.accounts.get(body.get("account_id", sim.demo[body["provider"]].id))
        if account is None or account.provider != body["provider"]:
            return _bad("no such account for that provider", 404)
        store = sim.store  # the state it arrived in: a reset while its webhook is sent must not get it
        at = store.clock.now()
        try:
            recorded = await sim.providers[body["provider"]].inbound(account, body)
        except ValueError as exc:
            return _bad(str(exc))
        store.add_inbound(account, body, recorded, at)
        return JSONResponse(recorded, status_code=201)

    async def messages(request: Request) -> Response:
        provider = _provider_query(request)
        query = request.query_params
        recipient = query.get("recipient")
        if recipient is not None:
            check("RecipientFilter", recipient, field="recipient")
            recipient = _bare_number(recipient)
        status = query.get("status")
        if status is not None:
            check("MessageStatus", status, field="status")
        store = sim.store
        found = [
            store.public(m)
            for m in store.messages.values()
            if provider in (None, m.provider)
            and (recipient is None or _bare_number(m.recipient) == recipient)
            and status in (None, m.status)
        ]
        return JSONResponse({"messages": found, "count": len(found)})

    async def clock(request: Request) -> Response:
        clock = sim.store.clock
        if request.method == "GET":
            return JSONResponse({"now": sim.now(), "start": clock.iso(0.0)})
        body = await read_json(request)
        if isinstance(body, dict) and "advance" not in body and "to" not in body:
            raise BadRequest("one of `advance` (seconds) or `to` (an ISO 8601 time) is required")
        if isinstance(body, dict) and "advance" in body and "to" in body:
            raise BadRequest("`advance` and `to` together: give one of them, not both")
        check("ClockMove", body)
        field = "advance" if "advance" in body else "to"
        try:
            seconds = float(body["advance"]) if field == "advance" else clock.until(_instant(body["to"], "to"))
            finished = await sim.advance(seconds)
        except ValueError as exc:
            return _bad(f"`{field}`: {exc}")
        return JSONResponse({"now": sim.now(), "finished": finished})

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            sim.faults.clear(_provider_query(request))
        elif request.method == "POST":
            body = await read_json(request)
            specs = body if isinstance(body, list) else [body]
            for index, spec in enumerate(specs):  # every one first: a list is added whole or not at all
                check_fault(spec, operation_ids, (index,) if isinstance(body, list) else ())
            added = [sim.faults.add(spec) for spec in specs]
            return JSONResponse({"faults": [f.public() for f in added]}, status_code=201)
        return JSONResponse({"faults": [f.public() for f in sim.faults.active()]})

    async def callbacks(request: Request) -> Response:
        provider = _provider_query(request)
        return JSONResponse({"callbacks": [c for c in sim.callbacks.log if provider in (None, c["provider"])]})

    routes: list[tuple[str, Endpoint, list[str]]] = [
        ("/openapi.json", openapi, ["GET"]),
        ("/reset", reset, ["POST"]),
        ("/accounts", accounts, ["GET", "POST"]),
        ("/accounts/{account_id}", account, ["PATCH"]),
        ("/messages", messages, ["GET"]),
        ("/clock", clock, ["GET", "POST"]),
        ("/faults", faults, ["GET", "POST", "DELETE"]),
        ("/callbacks", callbacks, ["GET"]),
        ("/inbound", inbound, ["GET", "POST"]),
    ]
    return [Route(path, _answering_400(endpoint), methods=methods) for path, endpoint, methods in routes]
