"""The simulator never answers 500: hostile bodies to every provider and to the control API get a 4xx naming why."""

from __future__ import annotations

import asyncio
import base64
from typing import Any

import httpx
import pytest
from starlette.testclient import TestClient

from smskit._spec import PROVIDERS, load_spec
from smskit_sim import Simulator, create_app
from smskit_sim.faults import KINDS

DEEP = b"[" * 100_000 + b"]" * 100_000
SEND = "/easysendsms/v1/rest/sms/send"
KEY = {"apikey": "demouuv3f5rupyzq1e310tsq2hi1iio6"}
BODY = {"from": "Shop", "to": "12345678900", "text": "Hello", "type": "0"}


def _basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def _auth(client: TestClient, sim: Simulator, provider: str, operation: str) -> dict[str, str]:
    creds = sim.demo[provider].credentials
    if provider == "easysendsms":
        return {"apikey": creds["api_key"]}
    if provider == "easify":
        return {"Authorization": f"Bearer {creds['token']}"}
    if provider == "transmitsms":
        return _basic(creds["api_key"], creds["api_secret"])
    if provider == "mobyt" and operation not in ("login", "createToken"):
        user_key, session = client.get("/mobyt/API/v1.0/REST/login", params=creds).text.split(";")
        return {"user_key": user_key, "Session_key": session}
    return _basic(creds["username"], creds["password"])


def _operations() -> list[tuple[str, str, str, str]]:
    """(provider, operationId, method, simulator path) of every operation."""
    found = []
    for provider in PROVIDERS:
        spec = load_spec(provider)
        base = next(s["url"] for s in spec["servers"] if "127.0.0.1" in s["url"]).removeprefix("http://127.0.0.1:8787")
        for path, item in spec["paths"].items():
            for method, op in item.items():
                if method in ("get", "put", "post", "delete", "patch"):
                    concrete = path.replace("{", "").replace("}", "")
                    found.append((provider, op["operationId"], method.upper(), base + concrete))
    return found


@pytest.mark.parametrize(("provider", "operation", "method", "path"), _operations(),
                         ids=lambda v: str(v))  # fmt: skip
def test_json_nested_too_deep_is_answered_as_unparsable(
    client: TestClient, sim: Simulator, provider: str, operation: str, method: str, path: str
) -> None:
    """100,000 levels of `[` get the answer the provider gives a body that does not parse at all, not a crash."""
    client.patch(f"/_sim/accounts/{sim.demo[provider].id}", json={"rate_limit_scale": 0})
    headers = {**_auth(client, sim, provider, operation), "content-type": "application/json"}
    deep = client.request(method, path, content=DEEP, headers=headers)
    broken = client.request(method, path, content=b"[not json", headers=headers)
    assert deep.status_code == broken.status_code < 500
    if not broken.is_success:  # a success ignored the body, and may carry a new id or session
        assert deep.content == broken.content


CONTROL_BODIES = [("POST", "/_sim/accounts"), ("PATCH", "/_sim/accounts/easify-3"), ("POST", "/_sim/clock"),
                  ("POST", "/_sim/faults"), ("POST", "/_sim/inbound")]  # fmt: skip


@pytest.mark.parametrize(("method", "path"), CONTROL_BODIES)
def test_control_json_nested_too_deep_is_a_400(client: TestClient, method: str, path: str) -> None:
    answer = client.request(method, path, content=DEEP, headers={"content-type": "application/json"})
    assert answer.status_code == 400 and "deep" in answer.json()["error"]
    nested = b'{"settings": ' + b"[" * 200 + b"]" * 200 + b"}"
    answer = client.request(method, path, content=nested, headers={"content-type": "application/json"})
    assert answer.status_code == 400 and "deep" in answer.json()["error"]


# (method, path, body with X where the number goes, the field an error names)
NUMBERS = [
    ("POST", "/_sim/accounts", '{"provider": "easify", "balance": X}', "balance"),
    ("PATCH", "/_sim/accounts/easify-3", '{"balance": X}', "balance"),
    ("PATCH", "/_sim/accounts/easify-3", '{"rate_limit_scale": X}', "rate_limit_scale"),
    ("PATCH", "/_sim/accounts/easify-3", '{"settings": {"plan": [X]}}', "settings"),
    ("POST", "/_sim/clock", '{"advance": X}', "advance"),
    ("POST", "/_sim/faults", '{"kind": "latency", "seconds": X}', "seconds"),
    ("POST", "/_sim/faults", '{"kind": "drop", "fraction": X}', "fraction"),
    ("POST", "/_sim/faults", '{"kind": "drop", "count": X}', "count"),
    ("POST", "/_sim/faults", '{"kind": "status", "status": X}', "status"),
    ("POST", "/_sim/faults", '[{"kind": "drop"}, {"kind": "damage", "answer": "timeout", "seconds": X}]', "seconds"),
]


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400"])
@pytest.mark.parametrize(("method", "path", "body", "field"), NUMBERS)
def test_numbers_that_are_not_finite_are_refused(
    client: TestClient, method: str, path: str, body: str, field: str, number: str
) -> None:
    """NaN, Infinity and numbers beyond a double are refused naming the field, and nothing is left broken."""
    raw = body.replace("X", number).encode()
    answer = client.request(method, path, content=raw, headers={"content-type": "application/json"})
    assert answer.status_code == 400 and f"`{field}`" in answer.json()["error"], answer.text
    for state in ("/_sim/accounts", "/_sim/clock", "/_sim/faults", "/_sim/messages"):
        assert client.get(state).status_code == 200
    assert client.get("/_sim/faults").json()["faults"] == []


WRONG_TYPES = [
    ("POST", "/_sim/accounts", {"provider": 5}, "provider"),
    ("POST", "/_sim/accounts", {"provider": "easify", "balance": True}, "balance"),
    ("POST", "/_sim/accounts", {"provider": "easify", "balance": "10"}, "balance"),
    ("POST", "/_sim/accounts", {"balance": 10}, "provider"),
    ("PATCH", "/_sim/accounts/easify-3", {"rate_limit_scale": False}, "rate_limit_scale"),
    ("PATCH", "/_sim/accounts/easify-3", {"active": "yes"}, "active"),
    ("PATCH", "/_sim/accounts/easify-3", {"active": 1}, "active"),
    ("PATCH", "/_sim/accounts/easify-3", {"webhook_url": 5}, "webhook_url"),
    ("PATCH", "/_sim/accounts/easify-3", {"settings": []}, "settings"),
    ("POST", "/_sim/clock", {"advance": True}, "advance"),
    ("POST", "/_sim/clock", {"advance": "60"}, "advance"),
    ("POST", "/_sim/clock", {}, "advance"),
    ("POST", "/_sim/faults", {"kind": 3}, "kind"),
    ("POST", "/_sim/faults", {"kind": "drop", "operation": 5}, "operation"),
    ("POST", "/_sim/faults", {"kind": "drop", "count": True}, "count"),
    ("POST", "/_sim/faults", {"kind": "drop", "count": 1.5}, "count"),
    ("POST", "/_sim/faults", {"kind": "drop", "fraction": True}, "fraction"),
    ("POST", "/_sim/faults", {"kind": "drop", "fraction": 0}, "fraction"),
    ("POST", "/_sim/faults", {"kind": "latency", "seconds": True}, "seconds"),
    ("POST", "/_sim/faults", {"kind": "latency"}, "seconds"),
    ("POST", "/_sim/faults", {"kind": "status", "status": True}, "status"),
    ("POST", "/_sim/faults", {"kind": "status", "status": 600}, "status"),
    ("POST", "/_sim/faults", {"kind": "drop", "status": 500}, "status"),
    ("POST", "/_sim/faults", {"kind": "status", "status": 500, "answer": "html"}, "answer"),
    ("POST", "/_sim/inbound", {"provider": "easify", "from": "+13151350000", "to": "+13205550100", "text": 5}, "text"),
    ("POST", "/_sim/inbound", {"provider": "easify", "from": "+13151350000", "text": "hi"}, "to"),
]


@pytest.mark.parametrize(("method", "path", "body", "field"), WRONG_TYPES, ids=lambda v: str(v))
def test_wrong_types_are_refused_naming_the_field(
    client: TestClient, method: str, path: str, body: Any, field: str
) -> None:
    answer = client.request(method, path, json=body)
    assert answer.status_code == 400 and f"`{field}`" in answer.json()["error"], answer.text
    assert client.get("/_sim/faults").json()["faults"] == []


@pytest.mark.parametrize(
    "values",
    [{"balance": -1}, {"balance": "1"}, {"balance": True}, {"balance": 1e16}, {"rate_limit_scale": -0.5},
     {"rate_limit_scale": 1e7}, {"active": None}, {"webhook_url": "ftp://hooks.test/"}, {"settings": "plan"}],
)  # fmt: skip
def test_patch_and_post_share_one_set_of_rules(client: TestClient, values: dict[str, Any]) -> None:
    """A value POST /_sim/accounts refuses, PATCH refuses in the same words, and the other way round."""
    posted = client.post("/_sim/accounts", json={"provider": "easify", **values})
    patched = client.patch("/_sim/accounts/easify-3", json=values)
    assert posted.status_code == patched.status_code == 400
    assert posted.json() == patched.json()


def test_post_takes_what_patch_takes(client: TestClient) -> None:
    values = {"balance": 5, "rate_limit_scale": 0, "active": False, "webhook_url": "https://hooks.test/dlr",
              "settings": {"plan": "basic"}}  # fmt: skip
    created = client.post("/_sim/accounts", json={"provider": "easify", **values})
    assert created.status_code == 201
    patched = client.patch("/_sim/accounts/easify-3", json=values)
    assert patched.status_code == 200
    for key, value in values.items():
        assert created.json()[key] == patched.json()[key] == value


UNKNOWN_FIELDS = [
    ("POST", "/_sim/accounts", {"provider": "easify", "balanse": 3}, ["provider", "balance", "settings"]),
    ("PATCH", "/_sim/accounts/easify-3", {"balanse": 3}, ["balance", "rate_limit_scale", "webhook_url"]),
    ("POST", "/_sim/clock", {"advance": 1, "by": 2}, ["advance"]),
    ("POST", "/_sim/faults", {"kind": "drop", "seconds": 2}, ["provider", "operation", "count", "fraction"]),
    ("POST", "/_sim/faults", {"kind": "latency", "seconds": 2, "sconds": 1}, ["seconds"]),
    ("POST", "/_sim/inbound", {"provider": "easify", "from": "1", "to": "2", "text": "x", "txt": "y"},
     ["account_id", "reply_to"]),
]  # fmt: skip


@pytest.mark.parametrize(("method", "path", "body", "valid"), UNKNOWN_FIELDS, ids=lambda v: str(v))
def test_unknown_fields_are_refused_listing_the_valid_ones(
    client: TestClient, method: str, path: str, body: dict[str, Any], valid: list[str]
) -> None:
    answer = client.request(method, path, json=body)
    error = answer.json()["error"]
    assert answer.status_code == 400 and all(name in error for name in valid), error


def test_an_unknown_operation_is_refused_listing_the_providers_operations(client: TestClient) -> None:
    answer = client.post("/_sim/faults", json={"kind": "drop", "provider": "easysendsms", "operation": "send"})
    error = answer.json()["error"]
    assert answer.status_code == 400 and "`operation`" in error
    assert all(op in error for op in ("sendSms", "getBalance", "hlrQuery")) and "sendMessage" not in error
    anywhere = client.post("/_sim/faults", json={"kind": "drop", "operation": "send"})
    assert anywhere.status_code == 400 and "sendSms" in anywhere.json()["error"]
    assert client.post("/_sim/faults", json={"kind": "drop", "operation": "getBalance"}).status_code == 201


def test_an_unknown_provider_is_refused_listing_the_providers(client: TestClient) -> None:
    for path in ("/_sim/faults", "/_sim/accounts", "/_sim/inbound"):
        answer = client.post(path, json={"kind": "drop", "provider": "twilio", "from": "1", "to": "2", "text": "x"})
        assert answer.status_code == 400 and all(p in answer.json()["error"] for p in PROVIDERS)
    for path in ("/_sim/accounts", "/_sim/messages", "/_sim/callbacks", "/_sim/inbound"):
        answer = client.get(path, params={"provider": "twilio"})
        assert answer.status_code == 400 and all(p in answer.json()["error"] for p in PROVIDERS)
    assert client.delete("/_sim/faults", params={"provider": "twilio"}).status_code == 400


def test_a_list_of_faults_is_added_whole_or_not_at_all(client: TestClient) -> None:
    answer = client.post("/_sim/faults", json=[{"kind": "drop"}, {"kind": "status"}])
    assert answer.status_code == 400 and "`status`" in answer.json()["error"]
    assert client.get("/_sim/faults").json()["faults"] == []
    one_of_each = [{"kind": "status", "status": 500}, {"kind": "latency", "seconds": 0}, {"kind": "drop"},
                   {"kind": "lose_answer"}, {"kind": "damage", "answer": "html"}]  # fmt: skip
    added = client.post("/_sim/faults", json=one_of_each)
    assert added.status_code == 201 and [f["kind"] for f in added.json()["faults"]] == list(KINDS)


def test_delete_answers_the_faults_left(client: TestClient) -> None:
    client.post("/_sim/faults", json=[{"kind": "drop", "provider": "mobyt"}, {"kind": "drop", "provider": "easify"}])
    left = client.delete("/_sim/faults", params={"provider": "mobyt"}).json()["faults"]
    assert [f["provider"] for f in left] == ["easify"]
    assert client.delete("/_sim/faults").json()["faults"] == []


def test_the_clock_stops_short_of_what_a_date_can_hold(client: TestClient) -> None:
    assert client.post("/_sim/clock", json={"advance": 1e12}).status_code == 400
    assert client.post("/_sim/clock", json={"advance": 9e10}).status_code == 200
    assert client.post("/_sim/clock", json={"advance": 9e10}).status_code == 400
    assert client.get("/_sim/clock").status_code == 200


def test_a_request_waiting_in_a_latency_fault_never_writes_after_a_reset() -> None:
    """POST /_sim/reset is a barrier: a send still sleeping when it comes is dropped, and stores nothing."""

    async def scenario() -> None:
        app = create_app()
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sim") as client:
            latency = {"kind": "latency", "seconds": 0.3, "provider": "easysendsms", "operation": "sendSms"}
            (await client.post("/_sim/faults", json=latency)).raise_for_status()
            pending = asyncio.create_task(client.post(SEND, json=BODY, headers=KEY))
            await asyncio.sleep(0.1)
            (await client.post("/_sim/reset")).raise_for_status()
            with pytest.raises(httpx.RemoteProtocolError):
                await pending
            assert (await client.get("/_sim/messages")).json()["count"] == 0
            (account,) = (await client.get("/_sim/accounts", params={"provider": "easysendsms"})).json()["accounts"]
            assert account["balance"] == 1000
            assert (await client.post(SEND, json=BODY, headers=KEY)).status_code == 200  # the fresh state serves

    asyncio.run(scenario())


def test_an_inbound_sms_whose_webhook_outlasts_a_reset_is_not_listed_after_it() -> None:
    """GET /_sim/inbound lists what the state it arrived in took: a reset while its webhook is out forgets it."""

    async def scenario() -> None:
        arrived, release = asyncio.Event(), asyncio.Event()

        async def receiver(request: httpx.Request) -> httpx.Response:
            arrived.set()
            await release.wait()
            return httpx.Response(200)

        app = create_app(callback_transport=httpx.MockTransport(receiver))
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://sim") as client:
            (account,) = (await client.get("/_sim/accounts", params={"provider": "transmitsms"})).json()["accounts"]
            reply_callback = {"settings": {"reply_callback": "http://127.0.0.1:9/reply"}}
            (await client.patch(f"/_sim/accounts/{account['account_id']}", json=reply_callback)).raise_for_status()
            inbound = {"provider": "transmitsms", "from": "61438333061", "to": "61429997672", "text": "hi"}
            pending = asyncio.create_task(client.post("/_sim/inbound", json=inbound))
            await asyncio.wait_for(arrived.wait(), 5)  # the provider took it, and its webhook is out
            (await client.post("/_sim/reset")).raise_for_status()
            release.set()
            assert (await pending).status_code == 201
            assert (await client.get("/_sim/inbound")).json() == {"inbound": []}
            assert (await client.post("/_sim/inbound", json=inbound)).status_code == 201  # the fresh state takes one
            assert len((await client.get("/_sim/inbound")).json()["inbound"]) == 1

    asyncio.run(scenario())


def test_an_account_id_with_any_character_gets_the_control_apis_own_404(client: TestClient) -> None:
    """Found by the fuzzing: `%0A` in the path went to Starlette's plain-text 404, which the description lacks."""
    answer = client.patch("/_sim/accounts/x%0Ay", json={"balance": 1})
    assert (answer.status_code, answer.json()) == (404, {"error": "no such account"})
