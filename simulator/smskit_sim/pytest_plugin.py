"""pytest fixtures for code that sends SMS, against the smskit simulator (a `pytest11` plugin: on with `smskit[sim]`).

    def test_sends_the_code(smskit_sim, smskit_easysendsms):
        smskit_easysendsms.send("+14155550100", "Your code is 123456", sender="Shop")
        assert smskit_sim.messages(recipient="+14155550100")[0].text == "Your code is 123456"

Fixtures:
- `smskit_sim`: the control client (`smskit_sim.testing.SimControl`) of a simulator in this process, fresh for
  every test (one app per session, reset before each test: cheap); `smskit_sim_async`, the same as
  `AsyncSimControl`.
- `smskit_<provider>` / `smskit_async_<provider>`: a client of each provider (`smskit.EasySendSMS`, ...,
  `smskit.AsyncMobyt`), on that simulator with its demo account, no socket.
- `smskit_sim_server`: a simulator on a real socket (port 0, started once per session), reset before each test;
  its `url` is what another process, or an app configured by URL, points at (`base_url(provider)` per provider).

The clock starts at the real time unless pinned: `--smskit-sim-clock` / the `smskit_sim_clock` ini option, or
per test `@pytest.mark.smskit_sim(clock="2026-01-01T12:00:00Z")`. The marker also presets `faults` (a list of
`SimControl.add_fault` keyword dicts) and `rate_limits=False` (the simulator's documented limits off). When a
test fails, its report carries the simulator's messages, inbound SMS and callback log ("smskit-sim" sections).

Nothing here imports the simulator's server stack until a fixture is used, so an SDK-only install (no `sim`
extra) still runs pytest; a fixture then says what to install.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

from smskit_specs import PROVIDERS, ProviderId

if TYPE_CHECKING:
    from smskit_sim.testing import AsyncSimControl, SimControl

__all__ = ["pytest_addoption", "pytest_configure", "pytest_runtest_makereport"]

_MARKER = "smskit_sim"
_MARKER_OPTIONS = ("clock", "faults", "rate_limits")
_CONTROLS: pytest.StashKey[list[tuple[str, SimControl]]] = pytest.StashKey()  # (where, control) per test


def pytest_addoption(parser: pytest.Parser) -> None:
    help_ = "where the smskit simulator's virtual clock starts in every test (ISO 8601 with a zone); default: now"
    parser.addini("smskit_sim_clock", help_, default=None)
    parser.getgroup("smskit-sim").addoption("--smskit-sim-clock", dest="smskit_sim_clock", default=None, help=help_)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"{_MARKER}(clock=None, faults=(), rate_limits=True): this test's simulator: its clock's start, faults set "
        "before it runs (SimControl.add_fault keyword dicts), its documented rate limits on or off",
    )


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    report = yield
    controls = item.stash.get(_CONTROLS, [])
    if report.failed and call.when == "call" and controls:
        for where, control in controls:
            for title, text in _log(control):
                report.sections.append((f"smskit-sim {title} ({where})", text))
    return report


def _log(control: SimControl) -> list[tuple[str, str]]:
    try:
        messages, inbound, callbacks = control.messages(), control.inbound(), control.callbacks()
    except Exception as exc:  # the report must not fail because the simulator is gone
        return [("log", f"could not be read: {exc!r}")]
    lines = [f"{m.provider:<12} {m.recipient:<16} {m.status:<10} {m.segments} part(s) {m.encoding} "
             f"cost {m.cost:g}  {m.text!r}" for m in messages]  # fmt: skip
    received = [f"{i.provider:<12} {i.from_:<16} to {i.to:<16} at {i.received_at:%Y-%m-%d %H:%M:%S}  {i.text!r}"
                for i in inbound]  # fmt: skip
    calls = [f"{c.provider:<12} {c.event:<10} {c.method} {c.url} -> {c.status or c.error}" for c in callbacks]
    return [("messages", "\n".join(lines) or "none"), ("inbound", "\n".join(received) or "none"),
            ("callbacks", "\n".join(calls) or "none")]  # fmt: skip


def _needs_sim() -> None:
    try:
        import starlette  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        raise pytest.UsageError(f'the smskit simulator needs its extra: pip install "smskit[sim]" ({exc})') from None


def _settings(request: pytest.FixtureRequest) -> dict[str, Any]:
    marker = request.node.get_closest_marker(_MARKER)
    options = {} if marker is None else dict(marker.kwargs)
    unknown = set(options) - set(_MARKER_OPTIONS)
    if unknown or (marker is not None and marker.args):
        raise pytest.UsageError(f"@pytest.mark.{_MARKER} takes keywords {', '.join(_MARKER_OPTIONS)}; "
                                f"not {', '.join(sorted(unknown)) or 'positional arguments'}")  # fmt: skip
    if options.get("clock") is None:
        options["clock"] = request.config.getoption("smskit_sim_clock") or request.config.getini("smskit_sim_clock")
    return options


def _fresh(control: SimControl, request: pytest.FixtureRequest, where: str) -> SimControl:
    """`control`'s simulator reset as this test asks, and remembered for the test's failure report."""
    settings = _settings(request)
    accounts = control.reset(clock=settings["clock"] or None)
    if settings.get("rate_limits", True) is False:
        for account in accounts:
            control.update_account(account.account_id, rate_limit_scale=0)
    for fault in settings.get("faults", ()):
        control.add_fault(**fault)
    request.node.stash.setdefault(_CONTROLS, []).append((where, control))
    return control


@pytest.fixture(scope="session")
def _smskit_sim_app() -> Any:
    _needs_sim()
    from smskit_sim.app import create_app

    return create_app()


@pytest.fixture(scope="session")
def _smskit_sim_transport(_smskit_sim_app: Any) -> Iterator[Any]:
    """One bridge to the in-process app for the session (an event loop in a thread), lent to every client."""
    from smskit_sim.inprocess import SimulatorTransport

    bridge = SimulatorTransport(_smskit_sim_app)
    yield bridge
    bridge.close()


@pytest.fixture
def smskit_sim(_smskit_sim_transport: Any, request: pytest.FixtureRequest) -> SimControl:
    """The in-process simulator's control client, its state fresh for this test."""
    from smskit_sim.testing import SimControl

    return _fresh(SimControl(transport=_smskit_sim_transport.lend()), request, "in-process")


@pytest.fixture
def smskit_sim_async(smskit_sim: SimControl, _smskit_sim_app: Any) -> AsyncSimControl:
    """`smskit_sim` as `AsyncSimControl`: the same simulator and state, for `await` in async tests."""
    from smskit_sim.testing import AsyncSimControl

    return AsyncSimControl.in_process(_smskit_sim_app)


@pytest.fixture(scope="session")
def _smskit_sim_serving() -> Iterator[str]:
    _needs_sim()
    from smskit_sim.threaded import serve_in_thread

    with serve_in_thread() as url:
        yield url


@pytest.fixture
def smskit_sim_server(_smskit_sim_serving: str, request: pytest.FixtureRequest) -> Iterator[SimControl]:
    """A simulator on a real socket (one per session, its state fresh for this test): `.url`, `.base_url(p)`."""
    from smskit_sim.testing import SimControl

    with SimControl(_smskit_sim_serving) as control:
        yield _fresh(control, request, control.url)


def client_options(control: SimControl, provider: ProviderId) -> dict[str, Any]:
    """Keyword arguments for `smskit.client(provider, ...)` on `control`'s simulator: its base URL and the demo
    account's credentials, under the names the client takes (Easify's `from_numbers` gives `from_number`)."""
    import smskit

    taken = inspect.signature(getattr(smskit, _class_name(provider))).parameters
    options: dict[str, Any] = {"base_url": control.base_url(provider)}
    for key, value in control.demo_account(provider).credentials.items():
        if key in taken:
            options[key] = value
        elif key.endswith("s") and key[:-1] in taken and value:
            options[key[:-1]] = value[0]
    return options


def _class_name(provider: str) -> str:
    """`EasySendSMS` for easysendsms: the SDK's class for `provider` (the SDK is installed with the simulator)."""
    import smskit

    return next(name for name in smskit.__all__ if name.lower() == provider)


def _client_fixture(provider: ProviderId, asynchronous: bool) -> Callable[..., Any]:
    name = f"smskit_{'async_' if asynchronous else ''}{provider}"

    @pytest.fixture(name=name)
    def fixture(smskit_sim: SimControl, _smskit_sim_transport: Any, _smskit_sim_app: Any) -> Any:
        import smskit
        from smskit_sim.inprocess import AsyncSimulatorTransport

        make = smskit.async_client if asynchronous else smskit.client
        transport = AsyncSimulatorTransport(_smskit_sim_app) if asynchronous else _smskit_sim_transport.lend()
        # No socket either way: nothing to close, so an async client needs no event loop at teardown.
        return make(provider, transport=transport, **client_options(smskit_sim, provider))

    kind = f"smskit.{'Async' if asynchronous else ''}{_class_name(provider)}"
    fixture.__doc__ = f"A `{kind}` on the in-process simulator (`smskit_sim`), with its demo account."
    return fixture


for _provider in PROVIDERS:
    for _asynchronous in (False, True):
        globals()[f"smskit_{'async_' if _asynchronous else ''}{_provider}"] = _client_fixture(_provider, _asynchronous)
