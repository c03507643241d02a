"""An in-process simulator per test: the real ASGI app, driven through Starlette's TestClient."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from starlette.testclient import TestClient

from smskit_sim import Simulator, create_app


@pytest.fixture
def client() -> Iterator[TestClient]:
    with TestClient(create_app(), base_url="http://sim") as test_client:
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
