"""Sync and async parity: one test body runs against a provider's sync client and its async twin.

A test module takes the two fixtures into its namespace (`connect, mode = parity.connect, parity.mode`) and
its tests ask for `connect`: the fixture is parametrised by `mode` ("sync", "async"), so every test taking it
runs twice, as `test_x[sync]` and `test_x[async]`.

    def test_x(connect: Connect, control: httpx.Client) -> None:
        sms = connect(EasySendSMS, KEY, base_url=BASE)   # AsyncEasySendSMS in the async run
        results = sms.send(...)                           # awaited on the test's event loop in the async run

- `connect(cls_or_provider_id, *args, **options)` builds the sync class (or `smskit.client(id)`) in the sync
  run and its `Async` twin (or `smskit.async_client(id)`) in the async one, on the same in-process simulator:
  the sync client through `SimulatorTransport(app)`, the async one through `httpx.ASGITransport(app)` on the
  test's own event loop. `real=True` leaves out the simulator (the client's own httpx transport, e.g. for a
  port where nothing listens); `network=` puts a `Network` between the client and the simulator.
- The returned `Twin` forwards every attribute to the client; a method's coroutine is run to completion on the
  test's one event loop (an `asyncio.Runner`, kept for the whole test, so a client's loop-bound state such as
  Mobyt's login lock lives on one loop, as in an application), so the assertions are the same in both modes.
  `twin.client` is the client itself, `twin.mode` the mode.
- Clients are closed (`close()` / `aclose()`) and the loop is closed when the test ends.

Nothing of smskit is mocked: only the network under the client is, in a `Network`, written once with plain
synchronous hooks that the sync and the async transport both call.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterator
from typing import Any, Literal, Protocol

import httpx
import pytest
from starlette.applications import Starlette

import smskit
from smskit._async.client import AsyncClientBase
from smskit._sync.client import ClientBase
from smskit_sim.inprocess import SimulatorTransport

__all__ = ["MODES", "Connect", "Mode", "Network", "Twin"]

Mode = Literal["sync", "async"]
MODES: tuple[Mode, ...] = ("sync", "async")


class Network:
    """The network under a client, with hooks a test overrides (both run in the sync and the async client):

    - `before(request)`: return a response to answer instead of the simulator, raise an httpx error (a refused
      connection, say), or return None to pass the request on;
    - `after(request, response)`: the simulator's answer on its way back; return it (changed) or raise.
    """

    def before(self, request: httpx.Request) -> httpx.Response | None:
        return None

    def after(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        return response


class _SyncNetwork(httpx.BaseTransport):
    def __init__(self, network: Network, inner: httpx.BaseTransport) -> None:
        self.network, self.inner = network, inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        answer = self.network.before(request)
        if answer is not None:
            return answer
        return self.network.after(request, self.inner.handle_request(request))


class _AsyncNetwork(httpx.AsyncBaseTransport):
    def __init__(self, network: Network, inner: httpx.AsyncBaseTransport) -> None:
        self.network, self.inner = network, inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        answer = self.network.before(request)
        if answer is not None:
            return answer
        response = await self.inner.handle_async_request(request)
        await response.aread()  # as SimulatorTransport hands it over: read, so `after` sees the body too
        return self.network.after(request, response)


class Twin:
    """A client in either mode, called the same way: coroutines are run on the test's event loop."""

    def __init__(self, client: Any, mode: Mode, runner: asyncio.Runner | None) -> None:
        self.client, self.mode, self._runner = client, mode, runner

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.client, name)
        if not callable(attr) or self._runner is None:
            return attr
        runner = self._runner

        def call(*args: Any, **kwargs: Any) -> Any:
            result = attr(*args, **kwargs)
            return runner.run(result) if inspect.iscoroutine(result) else result

        return call

    def __repr__(self) -> str:
        return f"Twin({self.client!r}, {self.mode})"


class Connect(Protocol):
    mode: Mode

    def __call__(
        self, cls: type[Any] | str, /, *args: Any, network: Network | None = None, real: bool = False, **options: Any
    ) -> Twin: ...


class _Connect:
    def __init__(self, mode: Mode, app: Starlette, transport: SimulatorTransport) -> None:
        self.mode, self.app, self.transport = mode, app, transport
        self.runner = asyncio.Runner() if mode == "async" else None
        self.made: list[Any] = []

    def __call__(
        self, cls: type[Any] | str, /, *args: Any, network: Network | None = None, real: bool = False, **options: Any
    ) -> Twin:
        if not real:
            options["transport"] = self._transport(network)
        if isinstance(cls, str):
            factory: Callable[..., Any] = smskit.client if self.mode == "sync" else smskit.async_client
            client = factory(cls, *args, **options)
        else:
            if self.mode == "async":
                twin = getattr(smskit, f"Async{cls.__name__}")
                assert issubclass(twin, AsyncClientBase) and twin.provider == cls.provider
                cls = twin
            client = cls(*args, **options)
        base = ClientBase if self.mode == "sync" else AsyncClientBase
        assert isinstance(client, base), (self.mode, type(client))
        self.made.append(client)
        return Twin(client, self.mode, self.runner)

    def _transport(self, network: Network | None) -> httpx.BaseTransport | httpx.AsyncBaseTransport:
        if self.mode == "sync":
            return self.transport if network is None else _SyncNetwork(network, self.transport)
        asgi = httpx.ASGITransport(app=self.app)
        return asgi if network is None else _AsyncNetwork(network, asgi)

    def close(self) -> None:
        try:
            for client in self.made:
                if self.runner is None:
                    client.close()
                else:
                    self.runner.run(client.aclose())
        finally:
            if self.runner is not None:
                self.runner.close()


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest) -> Mode:
    """ "sync" or "async": the test runs once with each."""
    value: Mode = request.param
    return value


@pytest.fixture
def connect(mode: Mode, app: Starlette, transport: SimulatorTransport) -> Iterator[Connect]:
    """Build a provider's client in this run's mode on the test's simulator (see the module's docstring)."""
    made = _Connect(mode, app, transport)
    yield made
    made.close()
