"""The real overlay and generated clients against the real simulator, in-process."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from smskit.testing import set_testing
from smskit_sim import create_app
from smskit_sim.clock import FIXED_START
from smskit_sim.inprocess import SimulatorTransport

# A loopback base URL: plain http is allowed there, and the in-process transport never opens a socket.
SIM = "http://127.0.0.1:8787"


@pytest.fixture
def app() -> Starlette:
    """The simulator, its clock at the fixed 2026-01-01 12:00 UTC (asked for: Easify's opening hours and the
    schedules some tests set depend on the time of day, which the real time would make vary)."""
    return create_app(clock_start=FIXED_START)


@pytest.fixture
def transport(app: Starlette) -> Iterator[SimulatorTransport]:
    bridge = SimulatorTransport(app)
    yield bridge
    bridge.close()


@pytest.fixture
def control(transport: SimulatorTransport) -> Iterator[httpx.Client]:
    """The simulator's control API (/_sim/...)."""
    with httpx.Client(transport=transport, base_url=SIM) as client:
        yield client


@pytest.fixture
def no_sleep() -> Iterator[None]:
    """Retries and rate-limit waits pass virtually (stamina-style testing switch)."""
    set_testing(True)
    yield
    set_testing(False)


def stored(control: httpx.Client, provider: str) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = control.get("/_sim/messages", params={"provider": provider}).json()["messages"]
    return messages


def demo_account(control: httpx.Client, provider: str) -> str:
    """The id of `provider`'s demo account (the first one seeded)."""
    accounts = control.get("/_sim/accounts", params={"provider": provider}).json()["accounts"]
    account_id: str = accounts[0]["account_id"]
    return account_id


def settle(control: httpx.Client, provider: str, **settings: object) -> None:
    """PATCH the demo account of `provider` (balance, rate_limit_scale, webhook_url, settings...)."""
    answer = control.patch(f"/_sim/accounts/{demo_account(control, provider)}", json=settings)
    assert answer.status_code == 200, answer.text


def unlimit(control: httpx.Client, provider: str, balance: float = 1e9) -> None:
    """Switch the simulator's rate limits off for `provider`'s demo account and fund it."""
    settle(control, provider, rate_limit_scale=0, balance=balance)
