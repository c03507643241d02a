"""`damage` faults: the request is processed exactly as without the fault, then the answer the client gets is spoilt."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from smskit_sim import create_app
from smskit_sim.faults import DAMAGES
from smskit_sim.inprocess import SimulatorTransport
from tests.simulator.conftest import messages

SEND = "/easysendsms/v1/rest/sms/send"
BALANCE = "/easysendsms/v1/rest/sms/balance"
KEY = {"apikey": "demouuv3f5rupyzq1e310tsq2hi1iio6"}
BODY = {"from": "Shop", "to": "12345678900", "text": "Hello", "type": "0"}
FAULT = {"kind": "damage", "provider": "easysendsms", "operation": "sendSms", "count": 1}


def damage(client: TestClient, answer: str, **extra: Any) -> None:
    added = client.post("/_sim/faults", json={**FAULT, "answer": answer, **extra})
    assert added.status_code == 201, added.text


def balance(client: TestClient) -> int:
    value: int = client.get(BALANCE, headers=KEY).json()["balance"]
    return value


def not_json(content: bytes) -> bool:
    try:
        json.loads(content)
    except ValueError:
        return True
    return False


def test_the_names_are_exported() -> None:
    assert DAMAGES == ("garbage", "truncated", "empty", "empty_object", "empty_array", "html", "no_content",
                       "proxy_502", "proxy_504", "timeout")  # fmt: skip


# (status, content type the answer starts with or None for none, what its body is)
EXPECTED: dict[str, tuple[int, str | None, Any]] = {
    "garbage": (200, "application/json", not_json),
    "truncated": (200, "application/json", not_json),
    "empty": (200, "application/json", lambda c: c == b""),
    "empty_object": (200, "application/json", lambda c: json.loads(c) == {}),
    "empty_array": (200, "application/json", lambda c: json.loads(c) == []),
    "html": (200, "text/html", lambda c: b"<html" in c.lower()),
    "no_content": (204, None, lambda c: c == b""),
    "proxy_502": (502, "text/html", lambda c: b"502 Bad Gateway" in c and b"nginx" in c),
    "proxy_504": (504, "text/html", lambda c: b"504 Gateway Time-out" in c and b"nginx" in c),
}


@pytest.mark.parametrize("answer", list(EXPECTED))
def test_a_damaged_answer_follows_a_send_that_is_stored_and_charged(client: TestClient, answer: str) -> None:
    """The send is stored and charged as without the fault; only the answer is replaced, then sends answer again."""
    before = balance(client)
    damage(client, answer)
    got = client.post(SEND, json=BODY, headers=KEY)
    status, content_type, body_is = EXPECTED[answer]
    assert got.status_code == status
    if content_type is None:
        assert "content-type" not in got.headers
    else:
        assert got.headers["content-type"].startswith(content_type)
    assert body_is(got.content), got.content
    (stored,) = messages(client, "easysendsms")
    assert stored["recipient"] == "12345678900" and stored["status"] == "queued"
    assert before - balance(client) == 1
    assert client.post(SEND, json=BODY, headers=KEY).status_code == 200  # count 1: the next answer is whole


def test_truncated_is_the_real_answer_cut_in_half(client: TestClient) -> None:
    whole = client.post(SEND, json=BODY, headers=KEY).content
    damage(client, "truncated")
    cut = client.post(SEND, json=BODY, headers=KEY).content
    assert len(cut) == len(whole) // 2 and whole.startswith(cut[:30])  # the ids differ, their lengths do not


def test_a_rejected_request_is_damaged_too(client: TestClient) -> None:
    """Processed exactly as without the fault: a wrong key is refused (nothing stored), and that answer is damaged."""
    damage(client, "empty_object")
    got = client.post(SEND, json=BODY, headers={"apikey": "wrong"})
    assert (got.status_code, got.json()) == (200, {})
    assert messages(client, "easysendsms") == []


def test_timeout_in_process_raises_read_timeout_after_storing(client: TestClient) -> None:
    damage(client, "timeout")
    with pytest.raises(httpx.ReadTimeout):
        client.post(SEND, json=BODY, headers=KEY)
    assert len(messages(client, "easysendsms")) == 1


def test_timeout_reaches_sync_and_async_httpx_clients_as_read_timeout() -> None:
    app = create_app()
    with httpx.Client(transport=SimulatorTransport(app), base_url="http://sim") as sync:
        sync.post("/_sim/faults", json={**FAULT, "answer": "timeout"}).raise_for_status()
        with pytest.raises(httpx.ReadTimeout):
            sync.post(SEND, json=BODY, headers=KEY)

    async def call() -> None:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sim") as client:
            (await client.post("/_sim/faults", json={**FAULT, "answer": "timeout"})).raise_for_status()
            with pytest.raises(httpx.ReadTimeout):
                await client.post(SEND, json=BODY, headers=KEY)
            assert (await client.get("/_sim/messages")).json()["count"] == 2

    asyncio.run(call())


def test_faults_list_shows_the_answer(client: TestClient) -> None:
    damage(client, "html", fraction=0.5)
    (fault,) = client.get("/_sim/faults").json()["faults"]
    assert (fault["kind"], fault["answer"], fault["fraction"]) == ("damage", "html", 0.5)


def test_answer_is_required_and_checked(client: TestClient) -> None:
    missing = client.post("/_sim/faults", json=FAULT)
    assert missing.status_code == 400 and "answer" in missing.json()["error"]
    wrong = client.post("/_sim/faults", json={**FAULT, "answer": "mangled"})
    assert wrong.status_code == 400 and all(name in wrong.json()["error"] for name in DAMAGES)
    assert client.get("/_sim/faults").json()["faults"] == []
