"""Faults over a real socket (uvicorn, as `smskit-sim` serves): a dropped connection is closed, never a 500."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import pytest

from smskit_sim import create_app
from smskit_sim.threaded import serve_in_thread as serve

SEND = "/easysendsms/v1/rest/sms/send"
KEY = {"apikey": "demouuv3f5rupyzq1e310tsq2hi1iio6"}
BODY = {"from": "Shop", "to": "12345678900", "text": "Hello", "type": "0"}
TARGET = {"provider": "easysendsms", "operation": "sendSms", "count": 1}


@contextmanager
def serve_in_thread() -> Iterator[httpx.Client]:
    """The simulator on a real socket, and a client for it."""
    with serve(create_app()) as url, httpx.Client(base_url=url, timeout=5) as client:
        yield client


@pytest.fixture
def live(caplog: pytest.LogCaptureFixture) -> Iterator[httpx.Client]:
    caplog.set_level(logging.INFO)
    with serve_in_thread() as client:
        yield client
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert errors == [], errors  # no traceback, no "returned without starting response"


def fault(client: httpx.Client, **spec: Any) -> None:
    client.post("/_sim/faults", json={**TARGET, **spec}).raise_for_status()


def stored(client: httpx.Client) -> int:
    count: int = client.get("/_sim/messages").json()["count"]
    return count


@pytest.mark.parametrize(("kind", "kept"), [("drop", 0), ("lose_answer", 1)])
def test_the_connection_closes_without_an_answer(live: httpx.Client, kind: str, kept: int) -> None:
    fault(live, kind=kind)
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        live.post(SEND, json=BODY, headers=KEY)
    assert stored(live) == kept
    assert live.post(SEND, json=BODY, headers=KEY).status_code == 200  # the next connection is served


def test_timeout_holds_the_answer_until_the_client_gives_up(live: httpx.Client) -> None:
    fault(live, kind="damage", answer="timeout", seconds=30)
    start = time.monotonic()
    with pytest.raises(httpx.ReadTimeout):
        live.post(SEND, json=BODY, headers=KEY, timeout=0.5)
    assert time.monotonic() - start < 5
    assert stored(live) == 1


def test_timeout_closes_the_connection_once_held(live: httpx.Client) -> None:
    fault(live, kind="damage", answer="timeout", seconds=0.2)
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        live.post(SEND, json=BODY, headers=KEY)
    assert stored(live) == 1


@pytest.mark.parametrize(("answer", "status"), [("truncated", 200), ("no_content", 204), ("proxy_502", 502)])
def test_damaged_answers_are_well_formed_http(live: httpx.Client, answer: str, status: int) -> None:
    fault(live, kind="damage", answer=answer)
    assert live.post(SEND, json=BODY, headers=KEY).status_code == status
