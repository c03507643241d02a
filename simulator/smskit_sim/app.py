"""`create_app()`: every provider mounted under `/<provider id>`, and the control API under `/_sim/`."""

from __future__ import annotations

import re
from typing import Any

import httpx
from starlette.applications import Starlette
from starlette.routing import Mount, Router
from starlette.types import Receive, Scope, Send

from smskit_sim.callbacks import Callbacks
from smskit_sim.control import control_routes
from smskit_sim.faults import Faults
from smskit_sim.providers import PROVIDER_CLASSES
from smskit_sim.providers.base import Provider
from smskit_sim.ratelimit import RateLimiter
from smskit_sim.store import Account, Store
from smskit_sim.wire import SERVER_SEND, damaging

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
        self.generation = 0  # counts resets: a request that waited across one must not touch the new state
        self.reset()

    def reset(self) -> None:
        self.generation += 1
        self.store = Store()
        for provider in self.providers.values():
            provider.store = self.store
        self.limiter.reset()
        self.faults = Faults(self.seed)
        self.callbacks.reset()
        self.demo = {pid: self.store.add_account(pid, p.demo_credentials(), DEMO_BALANCE)
                     for pid, p in self.providers.items()}  # fmt: skip

    def create_account(self, provider_id: str, balance: float = DEMO_BALANCE) -> Account:
        provider = self.providers[provider_id]
        self._serial += 1
        return self.store.add_account(provider_id, provider.new_credentials(self._serial), balance)

    def now(self) -> str:
        return self.store.clock.datetime().isoformat().replace("+00:00", "Z")

    async def advance(self, seconds: float) -> list[dict[str, Any]]:
        finished = self.store.advance(seconds)
        for message in finished:
            await self.providers[message.provider].report(message)
        await self.callbacks.send_due(self.store.clock.now())
        return [self.store.public(m) for m in finished]


class SimulatorApp(Starlette):
    """Starlette, with the fault edge (`wire`) outside its error middleware, which answers errors with 500."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope[SERVER_SEND] = send  # a hang-up reaches the server's transport through it
            if self.state.sim.faults.damaging:
                send = damaging(scope, receive, send)
        await super().__call__(scope, receive, send)


def create_app(*, callback_transport: httpx.AsyncBaseTransport | None = None, seed: int = 0) -> Starlette:
    """One ASGI app simulating every provider; `app.state.sim` is its `Simulator`."""
    sim = Simulator(callback_transport, seed)
    routes = [Mount(f"/{pid}", app=Router(p.routes())) for pid, p in sim.providers.items()]
    routes.append(Mount("/_sim", app=Router(control_routes(sim))))
    for mount in routes:
        # A path may carry any character once percent-decoded (%0A included): it must still reach the provider
        # (or the control API), whose own 404 / error answer applies, not Starlette's plain-text "Not Found".
        mount.path_regex = re.compile(mount.path_regex.pattern, re.DOTALL)
    app = SimulatorApp(routes=routes)
    app.state.sim = sim
    return app
