"""`create_app()`: every provider mounted under `/<provider id>`, and the control API under `/_sim/`."""

from __future__ import annotations

import re
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route, Router

from smskit_sim.callbacks import Callbacks
from smskit_sim.faults import Faults
from smskit_sim.providers import PROVIDER_CLASSES
from smskit_sim.providers.base import Provider
from smskit_sim.ratelimit import RateLimiter
from smskit_sim.store import Store

__all__ = ["DEMO_BALANCE", "Simulator", "create_app"]

DEMO_BALANCE = 1000.0


class Simulator:
    """The state behind one app: store, clock, limits, faults, callbacks and the provider modules."""

    def __init__(self, callback_transport: httpx.AsyncBaseTransport | None = None, seed: int = 0) -> None:
        self.seed = seed
        self.store = Store()
        self.limiter = RateLimiter()
        self.faults = Faults(seed)
        self.callbacks = Callbacks(callback_transport)
        self.providers: dict[str, Provider] = {cls.id: cls(self) for cls in PROVIDER_CLASSES}
        self._serial = 0
        self.reset()

    def reset(self) -> None:
        self.store = Store()
        for provider in self.providers.values():
            provider.store = self.store
        self.limiter.reset()
        self.faults = Faults(self.seed)
        self.callbacks.reset()
        self.demo = {pid: self.store.add_account(pid, p.demo_credentials(), DEMO_BALANCE)
                     for pid, p in self.providers.items()}  # fmt: skip

    def create_account(self, provider_id: str, balance: float) -> dict[str, Any]:
        provider = self.providers[provider_id]
        self._serial += 1
        return self.store.add_account(provider_id, provider.new_credentials(self._serial), balance).public()

    async def advance(self, seconds: float) -> list[dict[str, Any]]:
        finished = self.store.advance(seconds)
        for message in finished:
            await self.providers[message.provider].report(message)
        await self.callbacks.send_due(self.store.clock.now())
        return [self.store.public(m) for m in finished]


def _bad(message: str, status: int = 400) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


def _control_routes(sim: Simulator) -> list[Route]:
    async def reset(request: Request) -> Response:
        sim.reset()
        return JSONResponse({"reset": True, "accounts": [a.public() for a in sim.demo.values()]})

    async def accounts(request: Request) -> Response:
        if request.method == "GET":
            provider = request.query_params.get("provider")
            found = [a.public() for a in sim.store.accounts.values() if provider in (None, a.provider)]
            return JSONResponse({"accounts": found})
        body = await _json(request)
        if not isinstance(body, dict) or body.get("provider") not in sim.providers:
            return _bad(f"`provider` must be one of {', '.join(sim.providers)}")
        balance = body.get("balance", DEMO_BALANCE)
        if not isinstance(balance, int | float) or balance < 0:
            return _bad("`balance` must be a number >= 0")
        return JSONResponse(sim.create_account(body["provider"], float(balance)), status_code=201)

    async def account(request: Request) -> Response:
        found = sim.store.accounts.get(request.path_params["account_id"])
        if found is None:
            return _bad("no such account", 404)
        body = await _json(request)
        if not isinstance(body, dict):
            return _bad("a JSON object of settings")
        rules = {"balance": (int, float), "rate_limit_scale": (int, float), "active": (bool,), "webhook_url": (str,),
                 "settings": (dict,)}  # fmt: skip
        for key, value in body.items():
            if key not in rules or not isinstance(value, rules[key]) or (key != "active" and isinstance(value, bool)):
                return _bad(f"settable: {', '.join(rules)}; {key!r} is not or has the wrong type")
        for key, value in body.items():
            if key == "settings":  # provider-specific switches (plans, opening hours...), see the provider module
                found.settings.update(value)
            else:
                setattr(found, key, float(value) if key in ("balance", "rate_limit_scale") else value)
        return JSONResponse(found.public())

    async def inbound(request: Request) -> Response:
        body = await _json(request)
        if not isinstance(body, dict) or body.get("provider") not in sim.providers:
            return _bad(f"`provider` must be one of {', '.join(sim.providers)}")
        account_id = body.get("account_id", sim.demo[body["provider"]].id)
        account = sim.store.accounts.get(account_id)
        if account is None or account.provider != body["provider"]:
            return _bad("no such account for that provider", 404)
        if not all(isinstance(body.get(k), str) for k in ("from", "to", "text")):
            return _bad("an inbound message needs string `from`, `to` and `text`")
        try:
            recorded = await sim.providers[body["provider"]].inbound(account, body)
        except ValueError as exc:
            return _bad(str(exc))
        return JSONResponse(recorded, status_code=201)

    async def messages(request: Request) -> Response:
        provider = request.query_params.get("provider")
        store = sim.store
        found = [store.public(m) for m in store.messages.values() if provider in (None, m.provider)]
        return JSONResponse({"messages": found, "count": len(found)})

    async def clock(request: Request) -> Response:
        if request.method == "POST":
            body = await _json(request)
            seconds = body.get("advance") if isinstance(body, dict) else None
            if not isinstance(seconds, int | float) or isinstance(seconds, bool) or seconds < 0:
                return _bad("`advance` must be a number of seconds >= 0")
            finished = await sim.advance(float(seconds))
            return JSONResponse({"now": _now(sim), "finished": finished})
        return JSONResponse({"now": _now(sim)})

    async def faults(request: Request) -> Response:
        if request.method == "DELETE":
            sim.faults.clear(request.query_params.get("provider"))
            return JSONResponse({"faults": []})
        if request.method == "GET":
            return JSONResponse({"faults": [f.public() for f in sim.faults.active()]})
        body = await _json(request)
        specs = body if isinstance(body, list) else [body]
        try:
            added = [sim.faults.add(s) for s in specs if isinstance(s, dict)]
        except ValueError as exc:
            return _bad(str(exc))
        if len(added) != len(specs):
            return _bad("a fault is a JSON object")
        return JSONResponse({"faults": [f.public() for f in added]}, status_code=201)

    async def callbacks(request: Request) -> Response:
        provider = request.query_params.get("provider")
        return JSONResponse({"callbacks": [c for c in sim.callbacks.log if provider in (None, c["provider"])]})

    return [
        Route("/reset", reset, methods=["POST"]),
        Route("/accounts", accounts, methods=["GET", "POST"]),
        Route("/accounts/{account_id}", account, methods=["PATCH"]),
        Route("/messages", messages, methods=["GET"]),
        Route("/clock", clock, methods=["GET", "POST"]),
        Route("/faults", faults, methods=["GET", "POST", "DELETE"]),
        Route("/callbacks", callbacks, methods=["GET"]),
        Route("/inbound", inbound, methods=["POST"]),
    ]


async def _json(request: Request) -> Any:
    try:
        return await request.json()
    except ValueError:
        return None


def _now(sim: Simulator) -> str:
    return sim.store.clock.datetime().isoformat().replace("+00:00", "Z")


def create_app(*, callback_transport: httpx.AsyncBaseTransport | None = None, seed: int = 0) -> Starlette:
    """One ASGI app simulating every provider; `app.state.sim` is its `Simulator`."""
    sim = Simulator(callback_transport, seed)
    routes = [Mount(f"/{pid}", app=Router(p.routes())) for pid, p in sim.providers.items()]
    for mount in routes:
        # A path may carry any character once percent-decoded (%0A included): it must still reach the provider,
        # whose own 404 / error answer applies, not Starlette's plain-text "Not Found".
        mount.path_regex = re.compile(mount.path_regex.pattern, re.DOTALL)
    routes.append(Mount("/_sim", app=Router(_control_routes(sim))))
    app = Starlette(routes=routes)
    app.state.sim = sim
    return app
