"""Durable sends against the real simulator: in-process here, on a real socket in the crash tests."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from smskit_sim.inprocess import SimulatorTransport
from tests.overlay.conftest import SIM, app, stored, transport, unlimit
from tests.overlay.demo import DEMO

# Shared with tests/overlay: the simulator fixtures (app, transport) and helpers, imported to be found here too.
__all__ = ["EASYSENDSMS_KEY", "SIM", "app", "control", "fault", "stored", "transport", "unlimit"]

EASYSENDSMS_KEY = str(DEMO["easysendsms"]["api_key"])


@pytest.fixture
def control(transport: SimulatorTransport) -> Iterator[httpx.Client]:
    """The simulator's control API, every demo account funded and its limits off."""
    with httpx.Client(transport=transport, base_url=SIM) as client:
        for provider in ("easysendsms", "mobyt", "transmitsms"):
            unlimit(client, provider)
        yield client


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
