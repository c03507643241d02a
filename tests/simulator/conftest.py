"""An in-process simulator per test: the real ASGI app, driven through Starlette's TestClient.

Its clock starts at the fixed `FIXED_START` (2026-01-01 12:00 UTC), asked for explicitly: the tests compare
stamps and schedule at fixed dates. The simulator's own default, the real time, is tested in test_clock.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

from smskit_sim import Simulator, create_app
from smskit_sim.clock import FIXED_START


@pytest.fixture
def client() -> Iterator[TestClient]:
    with TestClient(create_app(clock_start=FIXED_START), base_url="http://sim") as test_client:
        yield test_client


@pytest.fixture
def sim(client: TestClient) -> Simulator:
    simulator: Simulator = client.app.state.sim  # type: ignore[attr-defined]
    return simulator


def messages(client: TestClient, provider: str) -> list[dict[str, Any]]:
    answer = client.get("/_sim/messages", params={"provider": provider})
    assert answer.status_code == 200
    found: list[dict[str, Any]] = answer.json()["messages"]
    return found
