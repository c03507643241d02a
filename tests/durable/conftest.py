"""Durable sends against the real simulator: in-process here, on a real socket in the crash tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from smskit_sim import create_app
from smskit_sim.clock import FIXED_START
from smskit_sim.inprocess import SimulatorTransport

SIM = "http://127.0.0.1:8787"
EASYSENDSMS_KEY = "demouuv3f5rupyzq1e310tsq2hi1iio6"


@pytest.fixture
def app() -> Starlette:
    return create_app(clock_start=FIXED_START)


@pytest.fixture
def transport(app: Starlette) -> Iterator[SimulatorTransport]:
    bridge = SimulatorTransport(app)
    yield bridge
    bridge.close()


@pytest.fixture
def control(transport: SimulatorTransport) -> Iterator[httpx.Client]:
    """The simulator's control API, every demo account funded and its limits off."""
    with httpx.Client(transport=transport, base_url=SIM) as client:
        for provider in ("easysendsms", "mobyt", "transmitsms"):
            unlimit(client, provider)
        yield client


def unlimit(control: httpx.Client, provider: str, balance: float = 1e9) -> None:
    accounts = control.get("/_sim/accounts", params={"provider": provider}).json()["accounts"]
    answer = control.patch(f"/_sim/accounts/{accounts[0]['account_id']}",
                           json={"rate_limit_scale": 0, "balance": balance})  # fmt: skip
    assert answer.status_code == 200, answer.text


def stored(control: httpx.Client, provider: str) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = control.get("/_sim/messages", params={"provider": provider}).json()["messages"]
    return messages


def fault(control: httpx.Client, **spec: object) -> None:
    answer = control.post("/_sim/faults", json=spec)
    assert answer.status_code in (200, 201), answer.text


# PostgreSQL: a server `.ci/run` starts (Debian's package); its DSN in SMSKIT_TEST_POSTGRES. Without it the
# PostgreSQL tests are skipped, saying so; with it set, a server that does not answer fails them.
POSTGRES_ENV = "SMSKIT_TEST_POSTGRES"
_TABLES = ("smskit_sends", "smskit_batches", "smskit_campaigns", "smskit_campaign_numbers")


@pytest.fixture
def postgres() -> str:
    """A DSN of an empty smskit journal schema (the tables dropped before each test)."""
    import os

    dsn = os.environ.get(POSTGRES_ENV)
    if not dsn:
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_ENV} (.ci/run starts one)")
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as db:
        db.execute("DROP TABLE IF EXISTS " + ", ".join(_TABLES))
    return dsn
