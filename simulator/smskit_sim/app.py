"""`create_app()`: every provider mounted under `/<provider id>`, and the control API under `/_sim/`."""

from __future__ import annotations

import datetime as dt
import re

import httpx
from starlette.applications import Starlette
from starlette.routing import Mount, Router
from starlette.types import Receive, Scope, Send

from smskit_sim.control import control_routes
from smskit_sim.inbox import inbox_routes
from smskit_sim.simulator import DEMO_BALANCE, Simulator
from smskit_sim.wire import SERVER_SEND, damaging

__all__ = ["DEMO_BALANCE", "Simulator", "create_app"]


class SimulatorApp(Starlette):
    """Starlette, with the fault edge (`wire`) outside its error middleware, which answers errors with 500."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            scope[SERVER_SEND] = send  # a hang-up reaches the server's transport through it
            if self.state.sim.faults.damaging:
                send = damaging(scope, receive, send)
        await super().__call__(scope, receive, send)


def create_app(
    *,
    callback_transport: httpx.AsyncBaseTransport | None = None,
    seed: int = 0,
    clock_start: dt.datetime | str | None = None,
) -> Starlette:
    """One ASGI app simulating every provider; `app.state.sim` is its `Simulator`.

    The virtual clock starts at the real time (UTC) when the app is made and at every reset, unless
    `clock_start` fixes it (an aware datetime, or ISO 8601 text such as "2026-01-01T12:00:00Z"): tests that
    compare times ask for one (`smskit_sim.clock.FIXED_START`)."""
    sim = Simulator(callback_transport, seed, clock_start)
    routes = [Mount(f"/{pid}", app=Router(p.routes())) for pid, p in sim.providers.items()]
    routes.append(Mount("/_sim", app=Router([*control_routes(sim), *inbox_routes(sim)])))  # the web inbox: /_sim/ui
    for mount in routes:
        # A path may carry any character once percent-decoded (%0A included): it must still reach the provider
        # (or the control API), whose own 404 / error answer applies, not Starlette's plain-text "Not Found".
        mount.path_regex = re.compile(mount.path_regex.pattern, re.DOTALL)
    app = SimulatorApp(routes=routes)
    app.state.sim = sim
    return app
