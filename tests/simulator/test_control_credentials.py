"""Credentials shaped like each provider's own (a third-party client that checks a key's shape takes the
simulator's), minted for new accounts, or chosen by the caller of POST /_sim/accounts: validated against the
provider's shape, refused naming the field when malformed (400) or taken (409)."""

from __future__ import annotations

import base64
import re
from typing import Any

import pytest
from starlette.testclient import TestClient

from smskit_sim import Simulator

# What a client written against the real gateways would accept, by the shape of the providers' own credentials.
SHAPES: dict[str, dict[str, str]] = {
    "easysendsms": {"api_key": r"[a-z0-9]{32}"},
    "ezzysms": {"username": r"[A-Za-z0-9][A-Za-z0-9_.@-]{2,63}", "password": r"[^\x00-\x1f]{8,128}"},
    "easify": {"token": r"\d+\|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"},
    "transmitsms": {"api_key": r"[0-9a-f]{32}", "api_secret": r"[^\x00-\x1f]{1,255}"},
    "mobyt": {"username": r"[A-Za-z0-9][A-Za-z0-9_.@-]{2,63}", "password": r"[^\x00-\x1f]{8,128}",
              "user_key": r"[A-Za-z0-9]{24}"},
}  # fmt: skip


def _basic(user: str, password: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def _balance(client: TestClient, provider: str, creds: dict[str, Any]) -> int:
    """The status of one authenticated read with `creds`, as each provider takes them."""
    if provider == "easysendsms":
        return client.get("/easysendsms/v1/rest/sms/balance", headers={"apikey": creds["api_key"]}).status_code
    if provider == "ezzysms":
        basic = _basic(creds["username"], creds["password"])
        return client.get("/ezzysms/api/v1/balance", headers=basic).status_code
    if provider == "easify":
        headers = {"Authorization": f"Bearer {creds['token']}", "Accept": "application/json"}
        return client.get("/easify/api/v2/phone-numbers", headers=headers).status_code
    if provider == "transmitsms":
        basic = _basic(creds["api_key"], creds["api_secret"])
        return client.get("/transmitsms/get-balance.json", headers=basic).status_code
    params = {"username": creds["username"], "password": creds["password"]}
    login = client.get("/mobyt/API/v1.0/REST/login", params=params)
    if login.status_code != 200:
        return login.status_code
    user_key, session = login.text.split(";")
    assert user_key == creds["user_key"]  # the account's own key, the same at every login
    headers = {"user_key": user_key, "Session_key": session}
    return client.get("/mobyt/API/v1.0/REST/status", headers=headers).status_code


def _assert_shaped(provider: str, creds: dict[str, Any]) -> None:
    for field, pattern in SHAPES[provider].items():
        assert re.fullmatch(pattern, creds[field]), (provider, field, creds[field])


@pytest.mark.parametrize("provider", list(SHAPES))
def test_the_demo_accounts_credentials_have_the_providers_shape(
    client: TestClient, sim: Simulator, provider: str
) -> None:
    """Before: `demo-transmitsms-key` (no TransmitSMS client takes it), `demo-easysendsms-key`, `demo-easify-token`."""
    creds = sim.demo[provider].credentials
    _assert_shaped(provider, creds)
    assert _balance(client, provider, creds) == 200


@pytest.mark.parametrize("provider", list(SHAPES))
def test_new_accounts_get_credentials_of_the_providers_shape(client: TestClient, provider: str) -> None:
    """Before: `transmitsms-key-0001` and the like."""
    made = [client.post("/_sim/accounts", json={"provider": provider}).json() for _ in range(3)]
    for account in made:
        _assert_shaped(provider, account["credentials"])
        assert _balance(client, provider, account["credentials"]) == 200
    unique = [name for name in SHAPES[provider] if name not in ("password", "api_secret")]
    for name in unique:
        assert len({a["credentials"][name] for a in made}) == 3


def test_the_mobyt_login_answers_the_accounts_own_user_key(client: TestClient, sim: Simulator) -> None:
    creds = sim.demo["mobyt"].credentials
    params = {"username": creds["username"], "password": creds["password"]}
    first, second = (client.get("/mobyt/API/v1.0/REST/login", params=params).text.split(";") for _ in range(2))
    assert first[0] == second[0] == creds["user_key"] and first[1] != second[1]
    token = client.get("/mobyt/API/v1.0/REST/token", params=params).text.split(";")
    assert token[0] == creds["user_key"]


CHOSEN: dict[str, dict[str, Any]] = {
    "easysendsms": {"api_key": "k3y0f32lowercaselettersanddigit5"},
    "ezzysms": {"username": "acme.shop", "password": "correct horse battery"},
    "easify": {"token": "1955|43da5bb5-5c2b-4059-a4de-d44bf5a1c2e3", "from_numbers": ["+13205550199"]},
    "transmitsms": {"api_key": "0123456789abcdef0123456789abcdef", "api_secret": "my own secret"},
    "mobyt": {"username": "acme@example.com", "password": "s3cret-pass", "user_key": "ABCDEFGHIJKLMNOPQRSTUVWX"},
}


@pytest.mark.parametrize("provider", list(CHOSEN))
def test_chosen_credentials_are_taken_and_work(client: TestClient, provider: str) -> None:
    """Before: the field was refused as unknown; the account could only get minted credentials."""
    answer = client.post("/_sim/accounts", json={"provider": provider, "credentials": CHOSEN[provider], "balance": 5})
    assert answer.status_code == 201, answer.text
    assert answer.json()["credentials"] == CHOSEN[provider] and answer.json()["balance"] == 5
    assert _balance(client, provider, CHOSEN[provider]) == 200


def test_credentials_left_out_are_minted(client: TestClient) -> None:
    answer = client.post("/_sim/accounts", json={"provider": "transmitsms", "credentials": {"api_secret": "mine"}})
    creds = answer.json()["credentials"]
    assert creds["api_secret"] == "mine" and re.fullmatch(r"[0-9a-f]{32}", creds["api_key"])


@pytest.mark.parametrize(("provider", "credentials", "field"), [
    ("transmitsms", {"api_key": "demo-transmitsms-key"}, "api_key"),
    ("transmitsms", {"api_key": "0123456789ABCDEF0123456789ABCDEF"}, "api_key"),
    ("transmitsms", {"api_key": "0123456789abcdef0123456789abcde"}, "api_key"),
    ("transmitsms", {"api_secret": ""}, "api_secret"),
    ("easysendsms", {"api_key": "short"}, "api_key"),
    ("easysendsms", {"api_key": 12345}, "api_key"),
    ("ezzysms", {"username": "has:colon"}, "username"),
    ("ezzysms", {"password": "short"}, "password"),
    ("easify", {"token": "demo-easify-token"}, "token"),
    ("easify", {"from_numbers": ["+33612345678"]}, "from_numbers[0]"),
    ("easify", {"from_numbers": []}, "from_numbers"),
    ("mobyt", {"user_key": "has;semicolon000000000000"}, "user_key"),
    ("mobyt", {"password": "line\nbreak1"}, "password"),
    ("mobyt", {"api_key": "0123456789abcdef0123456789abcdef"}, "api_key"),
])  # fmt: skip
def test_malformed_credentials_are_a_400_naming_the_field(
    client: TestClient, provider: str, credentials: dict[str, Any], field: str
) -> None:
    before = client.get("/_sim/accounts").json()["accounts"]
    answer = client.post("/_sim/accounts", json={"provider": provider, "credentials": credentials})
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"].startswith(f"`credentials.{field}`: "), answer.text
    assert client.get("/_sim/accounts").json()["accounts"] == before


def test_credentials_must_be_an_object(client: TestClient) -> None:
    answer = client.post("/_sim/accounts", json={"provider": "easysendsms", "credentials": "key"})
    assert answer.status_code == 400 and "`credentials`" in answer.json()["error"]


@pytest.mark.parametrize(("provider", "field"), [
    ("easysendsms", "api_key"), ("ezzysms", "username"), ("easify", "token"), ("transmitsms", "api_key"),
    ("mobyt", "username"), ("mobyt", "user_key"),
])  # fmt: skip
def test_credentials_already_taken_are_a_409_naming_the_field(
    client: TestClient, sim: Simulator, provider: str, field: str
) -> None:
    """The demo account's own value, then one chosen earlier: each names one account, so neither is taken twice."""
    demo = sim.demo[provider].credentials[field]
    answer = client.post("/_sim/accounts", json={"provider": provider, "credentials": {field: demo}})
    assert answer.status_code == 409, answer.text
    assert answer.json()["error"] == f"`credentials.{field}`: already taken by another {provider} account"
    mine = CHOSEN[provider][field]
    assert client.post("/_sim/accounts", json={"provider": provider, "credentials": {field: mine}}).status_code == 201
    assert client.post("/_sim/accounts", json={"provider": provider, "credentials": {field: mine}}).status_code == 409


def test_an_easify_number_belongs_to_one_account(client: TestClient) -> None:
    taken = {"provider": "easify", "credentials": {"from_numbers": ["+13205550100"]}}
    answer = client.post("/_sim/accounts", json=taken)
    assert answer.status_code == 409 and answer.json()["error"].startswith("`credentials.from_numbers[0]`: already")


def test_a_password_may_be_shared(client: TestClient, sim: Simulator) -> None:
    password = sim.demo["ezzysms"].credentials["password"]
    answer = client.post("/_sim/accounts", json={"provider": "ezzysms", "credentials": {"password": password}})
    assert answer.status_code == 201 and answer.json()["credentials"]["username"] != "demo-ezzysms"


def test_a_minted_account_never_takes_a_chosen_value(client: TestClient, sim: Simulator) -> None:
    """Whatever a caller chose first, minted credentials go around it: every key names one account."""
    from smskit_sim import credentials

    upcoming = credentials.mint("transmitsms", sim._serial + 1)["api_key"]
    chosen = {"provider": "transmitsms", "credentials": {"api_key": upcoming}}
    assert client.post("/_sim/accounts", json=chosen).status_code == 201
    minted = client.post("/_sim/accounts", json={"provider": "transmitsms"}).json()["credentials"]["api_key"]
    assert minted != upcoming
    accounts = client.get("/_sim/accounts", params={"provider": "transmitsms"}).json()["accounts"]
    keys = [a["credentials"]["api_key"] for a in accounts]
    assert len(keys) == len(set(keys)) == 3
