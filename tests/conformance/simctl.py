"""Reaching a simulator from the conformance code: in-process (its ASGI app) or over HTTP (a running smskit-sim).

Both go through the simulator's public surface only: its control API under `/_sim/` and the providers' paths.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Any
from urllib.parse import urlsplit

import httpx

__all__ = ["CLOCK_START", "SIMULATOR_ORIGIN", "Simulator", "provider_of_spec", "simulator_of"]

# The specs' simulator server: `http://127.0.0.1:8787/<provider id>[/the provider's base path]`.
SIMULATOR_ORIGIN = "http://127.0.0.1:8787"
# Where every reset starts the virtual clock: a fixed instant, so that a run (and its failures) reproduces on any
# day, in-process or against a running smskit-sim, whatever start that one was given.
CLOCK_START = "2026-01-01T12:00:00Z"


def provider_of_spec(spec: dict[str, Any]) -> str | None:
    """The provider id a spec's simulator server is mounted under, or None for a spec without one."""
    for server in spec.get("servers", []):
        url = str(server.get("url", ""))
        if url.startswith(SIMULATOR_ORIGIN + "/"):
            return urlsplit(url).path.split("/")[1]
    return None


class Simulator:
    """Requests to one simulator: `Simulator(app=...)` in-process, `Simulator(origin="http://host:port")` remote."""

    def __init__(self, *, app: Any = None, origin: str = SIMULATOR_ORIGIN) -> None:
        self.app, self.origin = app, origin.rstrip("/")

    def request(self, method: str, path: str, body: Any = None, **kwargs: Any) -> httpx.Response:
        if self.app is None:
            with httpx.Client(base_url=self.origin, timeout=10.0) as client:
                return client.request(method, path, json=body, **kwargs)

        async def send() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app)
            async with httpx.AsyncClient(transport=transport, base_url=self.origin) as client:
                return await client.request(method, path, json=body, **kwargs)

        return asyncio.run(send())

    def reset(self) -> None:
        """Forget all state; the clock starts again at `CLOCK_START`."""
        self.request("POST", "/_sim/reset", {"clock": CLOCK_START}).raise_for_status()

    def unthrottle(self, provider: str, balance: float) -> None:
        """Switch off the documented rate limits of every account of `provider` and set its balance."""
        answer = self.request("GET", "/_sim/accounts", params={"provider": provider})
        answer.raise_for_status()
        for account in answer.json()["accounts"]:
            settings = {"rate_limit_scale": 0, "balance": balance}
            self.request("PATCH", f"/_sim/accounts/{account['account_id']}", settings).raise_for_status()

    def now(self) -> dt.datetime:
        """The simulator's virtual time."""
        answer = self.request("GET", "/_sim/clock")
        answer.raise_for_status()
        return dt.datetime.fromisoformat(answer.json()["now"].replace("Z", "+00:00"))

    def mobyt_login(self, username: str, password: str, base_path: str) -> tuple[str, str]:
        """Mobyt's GET /login with Basic credentials: its `user_key;session_key` answer."""
        answer = self.request("GET", f"{base_path}/login", auth=(username, password))
        answer.raise_for_status()
        user_key, session_key = answer.text.strip().split(";")
        return user_key, session_key


def simulator_of(case: Any, response: Any) -> Simulator:
    """The simulator that answered `case`: its in-process app, else the origin the request went to."""
    app = case.operation.app
    if app is not None:
        return Simulator(app=app)
    url = urlsplit(str(response.request.url))
    return Simulator(origin=f"{url.scheme}://{url.netloc}")
