"""The EzzySMS simulator answers as seeds/001 documents, down to its non-standard error statuses."""

from __future__ import annotations

import base64
import math
import time
from typing import Any

import pytest
from starlette.testclient import TestClient

from tests.simulator.conftest import messages

SEND = "/ezzysms/api/v1/messaging"
BALANCE = "/ezzysms/api/v1/balance"
ACCOUNT = "/_sim/accounts/ezzysms-2"  # the demo account: ezzysms is the second provider seeded
USER, PASSWORD = "demo-ezzysms", "demo-ezzysms-password"
BASIC = {"Authorization": "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()}
QUERY_LOGIN = {"username": USER, "password": PASSWORD}
# The documents' JSON sample (JavaScript, Python, PHP and cURL alike).
SAMPLE = {"to": "+25671234567", "message": "Hello from SMS API!", "from": "YourApp"}


def send(
    client: TestClient, *, headers: dict[str, str] | None = None, path: str = SEND, sender: Any = "YourApp", **body: Any
) -> Any:
    """A JSON send of the documents' sample; `sender` is its `from`, None leaves it out."""
    payload = {**SAMPLE, "from": sender, **body}
    return client.post(path, json={k: v for k, v in payload.items() if v is not None}, headers=headers or BASIC)


def send_by_query(client: TestClient, path: str = SEND, **params: Any) -> Any:
    query = {**QUERY_LOGIN, "message": "your message", "to": "0751234567,0771234567", **params}
    return client.get(path, params={k: v for k, v in query.items() if v is not None})


def balance(client: TestClient) -> Any:
    answer = client.get(BALANCE, params=QUERY_LOGIN)
    assert answer.status_code == 200
    return answer.json()["balance"]


def settings(client: TestClient, **values: Any) -> None:
    assert client.patch(ACCOUNT, json={"settings": values}).status_code == 200


def test_demo_account_is_the_one_patched(client: TestClient) -> None:
    """The control API's account id used by these tests is the EzzySMS demo account."""
    account = client.patch(ACCOUNT, json={}).json()
    assert account["provider"] == "ezzysms" and account["credentials"]["username"] == USER


def test_documented_sample_is_sent(client: TestClient) -> None:
    """The documents' JSON POST with HTTP Basic answers 201 with their success body and costs 40."""
    answer = send(client)
    assert answer.status_code == 201
    assert answer.json() == {"status": "success", "to": "+25671234567", "message": "Hello from SMS API!",
                             "status_code": 201, "cost": 40, "delivery_status": "Sent"}  # fmt: skip
    (stored,) = messages(client, "ezzysms")
    assert (stored["recipient"], stored["sender"], stored["status"]) == ("+25671234567", "YourApp", "queued")
    assert (stored["encoding"], stored["segments"], stored["cost"]) == ("gsm", 1, 40)
    assert balance(client) == 960


def test_documented_query_urls_send_to_national_numbers(client: TestClient) -> None:
    """The GET samples' `07...` numbers are read as Ugandan and echoed in E.164; one SMS each."""
    answer = send_by_query(client, **{"from": "SenderID"})
    assert answer.status_code == 201
    body = answer.json()
    assert body["to"] == "+256751234567,+256771234567" and body["cost"] == 80
    stored = messages(client, "ezzysms")
    assert [m["recipient"] for m in stored] == ["+256751234567", "+256771234567"]
    assert {m["sender"] for m in stored} == {"SenderID"} and len({m["group"] for m in stored}) == 1


@pytest.mark.parametrize("slash", ["", "/"])
def test_paths_work_with_and_without_trailing_slash(client: TestClient, slash: str) -> None:
    """Both spellings of each documented path serve every operation."""
    assert send(client, path=SEND + slash).status_code == 201
    assert send_by_query(client, path=SEND + slash).status_code == 201
    answer = client.get(BALANCE + slash, params=QUERY_LOGIN)
    assert answer.status_code == 200 and answer.json() == {"status": "success", "balance": 880}


def test_duplicates_are_ignored_after_reading(client: TestClient) -> None:
    """A national number and its E.164 spelling are one recipient, sent and charged once."""
    answer = send(client, to="0751234567,+256751234567,00256751234567")
    assert (answer.status_code, answer.json()["to"], answer.json()["cost"]) == (201, "+256751234567", 40)
    assert len(messages(client, "ezzysms")) == 1


def test_default_region_setting_reads_national_numbers(client: TestClient) -> None:
    """With `default_region` KE the same national number is a Kenyan one."""
    settings(client, default_region="KE")
    assert send(client, to="0712345678").json()["to"] == "+254712345678"


def test_sender_defaults_to_the_account_default(client: TestClient) -> None:
    """Without `from` the account's default sender is used (setting `default_sender`)."""
    assert send(client, sender=None).status_code == 201
    settings(client, default_sender="MyShop")
    assert send(client, sender=None).status_code == 201
    assert [m["sender"] for m in messages(client, "ezzysms")] == ["EzzySMS", "MyShop"]


@pytest.mark.parametrize("sender", ["Café Roma", "My Shop 2", "+256712345670", "12"])
def test_senders_the_spec_takes(client: TestClient, sender: str) -> None:
    """The spec's x-smskit-sender: up to 11 letters of any script, digits and spaces, or up to 15 digits."""
    assert send(client, sender=sender).status_code == 201


@pytest.mark.parametrize(("status", "word"), [(200, "Processed"), (201, "Sent"), (202, "Queued")])
def test_answer_status_setting_picks_the_success_code(client: TestClient, status: int, word: str) -> None:
    """The account setting `answer_status` chooses 200 Processed, 201 Sent (default) or 202 Queued."""
    settings(client, answer_status=status)
    answer = send(client)
    assert answer.status_code == status
    assert (answer.json()["status_code"], answer.json()["delivery_status"]) == (status, word)


# --- credentials ----------------------------------------------------------------------------------------------


def test_credentials_in_the_body_or_the_query(client: TestClient) -> None:
    """Without HTTP Basic, `username` / `password` in the JSON body or in the query string log in."""
    body_login = client.post(SEND, json={**SAMPLE, **QUERY_LOGIN})
    query_login = client.post(SEND, json=SAMPLE, params=QUERY_LOGIN)
    basic_balance = client.get(BALANCE, headers=BASIC)
    assert (body_login.status_code, query_login.status_code, basic_balance.status_code) == (201, 201, 200)


UNAUTHORIZED = [
    ("no credentials", lambda c: c.post(SEND, json=SAMPLE)),
    ("wrong password", lambda c: c.post(SEND, json={**SAMPLE, "username": USER, "password": "nope"})),
    ("wrong basic", lambda c: send(c, headers={"Authorization": "Basic " + base64.b64encode(b"a:b").decode()})),
    ("malformed basic", lambda c: send(c, headers={"Authorization": "Basic !!!"})),
    ("bearer", lambda c: send(c, headers={"Authorization": "Bearer token"})),
    ("wrong basic, right body", lambda c: c.post(SEND, json={**SAMPLE, **QUERY_LOGIN}, auth=("x", "y"))),
    ("right basic, wrong query", lambda c: c.get(BALANCE, params={"username": USER, "password": ""}, headers=BASIC)),
    ("half a pair", lambda c: c.post(SEND, json={**SAMPLE, "username": USER})),
    ("query send", lambda c: send_by_query(c, username=USER, password="nope")),
    ("empty query login", lambda c: send_by_query(c, username="", password="")),
    ("balance", lambda c: c.get(BALANCE)),
    ("unparsable body", lambda c: c.post(SEND, content=b"{not json")),
]


@pytest.mark.parametrize("provoke", [u[1] for u in UNAUTHORIZED], ids=[u[0] for u in UNAUTHORIZED])
def test_missing_or_wrong_credentials_are_401(client: TestClient, provoke: Any) -> None:
    """Missing or wrong credentials, on any operation, answer the documented 401 body."""
    answer = provoke(client)
    assert answer.status_code == 401
    assert answer.json()["status"] == "error" and answer.json()["error_code"] == 401
    assert answer.json()["message"] == "Unauthorized"
    assert messages(client, "ezzysms") == []


def test_credentials_in_several_places_must_agree(client: TestClient) -> None:
    """Credentials given twice must both be right and name one account; two accounts' logins are refused."""
    assert client.post(SEND, json={**SAMPLE, **QUERY_LOGIN}, headers=BASIC).status_code == 201
    made = client.post("/_sim/accounts", json={"provider": "ezzysms"}).json()["credentials"]
    answer = client.get(BALANCE, params=made, headers=BASIC)
    assert (answer.status_code, answer.json()["details"]) == (401, "The credentials given name different accounts")


def test_disabled_account_is_401(client: TestClient) -> None:
    """An account switched off through the control API can no longer log in."""
    client.patch(ACCOUNT, json={"active": False})
    answer = send(client)
    assert (answer.status_code, answer.json()["details"]) == (401, "This account is disabled")


def test_new_account_logs_in_with_its_own_credentials(client: TestClient) -> None:
    """An account made through the control API has its own login and balance."""
    made = client.post("/_sim/accounts", json={"provider": "ezzysms", "balance": 100}).json()
    login = (made["credentials"]["username"], made["credentials"]["password"])
    assert client.post(SEND, json=SAMPLE, auth=login).status_code == 201
    assert client.get(BALANCE, auth=login).json()["balance"] == 60
    assert balance(client) == 1000


# --- documented errors ----------------------------------------------------------------------------------------

ERRORS = [
    # (id, status, name, how to provoke it)
    ("402-long", 402, "InvalidSenderId", lambda c: send(c, sender="TwelveLetter")),
    ("402-chars", 402, "InvalidSenderId", lambda c: send(c, sender="My-Shop!")),
    ("402-empty", 402, "InvalidSenderId", lambda c: send(c, sender="")),
    ("402-type", 402, "InvalidSenderId", lambda c: send(c, sender=42)),
    ("402-long-number", 402, "InvalidSenderId", lambda c: send(c, sender="+1234567890123456")),
    ("402-query", 402, "InvalidSenderId", lambda c: send_by_query(c, **{"from": "Way Too Long Sender"})),
    ("403-missing", 403, "InvalidPhoneNumber", lambda c: send(c, to=None)),
    ("403-letters", 403, "InvalidPhoneNumber", lambda c: send(c, to="+2567abc")),
    ("403-short", 403, "InvalidPhoneNumber", lambda c: send(c, to="1234")),
    ("403-country", 403, "InvalidPhoneNumber", lambda c: send(c, to="+99912345678")),
    ("403-national", 403, "InvalidPhoneNumber", lambda c: send(c, to="12345678900")),
    ("403-long", 403, "InvalidPhoneNumber", lambda c: send(c, to="+2567512345678901")),
    ("403-type", 403, "InvalidPhoneNumber", lambda c: send(c, to=256751234567)),
    ("403-query", 403, "InvalidPhoneNumber", lambda c: send_by_query(c, to="0751234567;0771234567")),
    ("404-test-number", 404, "UnsupportedNumberType", lambda c: send(c, to="+256751239998")),
    ("404-landline", 404, "UnsupportedNumberType", lambda c: send(c, to="0414123456")),
    ("404-toll-free", 404, "UnsupportedNumberType", lambda c: send(c, to="+256800123456")),
    ("406", 406, "UserInBlacklist", lambda c: send(c, to="+256751239990")),
    ("406-national", 406, "UserInBlacklist", lambda c: send_by_query(c, to="0751239990")),
    ("407", 407, "CouldNotRoute", lambda c: send(c, to="+256751239992")),
    ("409", 409, "DoNotDisturbRejection", lambda c: send(c, to="+256751239991")),
    ("502-gsm", 502, "RejectedByGateway", lambda c: send(c, message="x" * 161)),
    ("502-extension", 502, "RejectedByGateway", lambda c: send(c, message="€" * 81)),
    ("502-ucs2", 502, "RejectedByGateway", lambda c: send(c, message="م" * 71)),
    ("502-missing", 502, "RejectedByGateway", lambda c: send(c, message=None)),
    ("502-empty", 502, "RejectedByGateway", lambda c: send(c, message="")),
    (
        "502-surrogate",
        502,
        "RejectedByGateway",
        lambda c: c.post(SEND, content=b'{"to": "0751234567", "message": "\\ud800"}', headers=BASIC),
    ),
    ("502-type", 502, "RejectedByGateway", lambda c: send(c, message=["hi"])),
    ("502-query", 502, "RejectedByGateway", lambda c: send_by_query(c, message="y" * 161)),
]


@pytest.mark.parametrize(("status", "name", "provoke"), [e[1:] for e in ERRORS], ids=[e[0] for e in ERRORS])
def test_send_errors_are_the_documented_ones(client: TestClient, status: int, name: str, provoke: Any) -> None:
    """Each refused send answers its documented status, `error_code` and name; nothing is stored or charged."""
    answer = provoke(client)
    assert answer.status_code == status
    body = answer.json()
    assert (body["status"], body["error_code"], body["message"]) == ("error", status, name)
    assert isinstance(body["details"], str) and body["details"]
    assert messages(client, "ezzysms") == []
    assert balance(client) == 1000


def test_documented_error_details(client: TestClient) -> None:
    """Without a more specific reason `details` is the error table's text (403: the documents' sample)."""
    assert send(client, to="+2567abc").json() == {"status": "error", "error_code": 403,
                                                  "message": "InvalidPhoneNumber",
                                                  "details": "The phone number format is invalid."}  # fmt: skip
    assert send(client, to="+256751239990").json()["details"] == (
        "Recipient is in your account blacklist: +256751239990"
    )


def test_insufficient_balance_is_405_and_nothing_is_sent(client: TestClient) -> None:
    """Without balance for every recipient the whole send is refused with 405 InsufficientBalance."""
    client.patch(ACCOUNT, json={"balance": 79})
    answer = send(client, to="0751234567,0771234567")
    assert (answer.status_code, answer.json()["message"]) == (405, "InsufficientBalance")
    assert answer.json()["details"] == "Account balance is insufficient to send SMS"
    assert messages(client, "ezzysms") == [] and balance(client) == 79
    assert send(client, to="0751234567").status_code == 201
    assert balance(client) == 39


def test_sms_cost_setting(client: TestClient) -> None:
    """The account setting `sms_cost` is what each SMS costs."""
    settings(client, sms_cost=2.5)
    assert send(client, to="0751234567,0771234567").json()["cost"] == 5
    assert balance(client) == 995


def test_one_bad_recipient_fails_the_whole_request(client: TestClient) -> None:
    """A send is all or nothing: the first refused recipient's error answers, and nothing is stored."""
    answer = send(client, to="0751234567,+256751239991,1234")
    assert (answer.status_code, answer.json()["message"]) == (409, "DoNotDisturbRejection")
    assert answer.json()["details"].endswith("+256751239991")
    assert messages(client, "ezzysms") == [] and balance(client) == 1000


def test_account_blacklist_setting(client: TestClient) -> None:
    """Numbers in the account setting `blacklist`, in any spelling, are refused with 406."""
    settings(client, blacklist=["0771234567"])
    answer = send(client, to="+256771234567")
    assert (answer.status_code, answer.json()["message"]) == (406, "UserInBlacklist")
    assert send(client, to="+256751234567").status_code == 201


def test_approved_senders_setting(client: TestClient) -> None:
    """With `approved_senders` only those (and the default sender) may be used; others are 402."""
    settings(client, approved_senders=["YourApp"])
    assert send(client, sender="yourapp").status_code == 201
    assert send(client, sender=None).status_code == 201
    answer = send(client, sender="Other")
    assert (answer.status_code, answer.json()["message"]) == (402, "InvalidSenderId")
    assert "not approved" in answer.json()["details"]


def test_message_limits_are_one_sms(client: TestClient) -> None:
    """160 GSM-7 characters (extension characters count twice) or 70 UCS-2 ones fit; the SMS is stored as such."""
    assert send(client, message="x" * 160).status_code == 201
    assert send(client, message="€" * 80).status_code == 201
    assert send(client, message="م" * 70).status_code == 201
    assert [(m["encoding"], m["segments"]) for m in messages(client, "ezzysms")] == [
        ("gsm", 1),
        ("gsm", 1),
        ("ucs2", 1),
    ]


@pytest.mark.parametrize(("status", "name"), [(500, "InternalServerError"), (501, "GatewayError"),
                                              (502, "RejectedByGateway")])  # fmt: skip
def test_fault_statuses_carry_the_documented_body(client: TestClient, status: int, name: str) -> None:
    """A status fault on a send answers the documented body for that status, then sends work again."""
    fault = {"kind": "status", "status": status, "provider": "ezzysms", "operation": "sendMessage", "count": 1}
    client.post("/_sim/faults", json=fault)
    answer = send(client)
    assert (answer.status_code, answer.json()["error_code"], answer.json()["message"]) == (status, status, name)
    assert send(client).status_code == 201


def test_balance_fault_is_the_documented_500(client: TestClient) -> None:
    """The balance call documents 500 InternalServerError; a fault produces it."""
    client.post("/_sim/faults", json={"kind": "status", "status": 500, "operation": "getBalance", "count": 1})
    answer = client.get(BALANCE, params=QUERY_LOGIN)
    assert (answer.status_code, answer.json()["message"]) == (500, "InternalServerError")


# --- rate limit -----------------------------------------------------------------------------------------------


def test_thousand_requests_an_hour(client: TestClient) -> None:
    """The 1001st request within the hour answers 429 in the error shape, with Retry-After.

    The limit runs on wall time (it protects a real gateway in real time): while these requests are made the
    bucket refills by 1000 / 3600 per second, so on a slow machine a few more than 1000 may pass, never fewer."""
    start = time.monotonic()
    statuses = [client.get(BALANCE, headers=BASIC).status_code for _ in range(1000)]
    while statuses[-1] != 429 and len(statuses) < 1100:
        statuses.append(client.get(BALANCE, headers=BASIC).status_code)
    refilled = (time.monotonic() - start) * 1000 / 3600
    assert statuses[:1000] == [200] * 1000 and statuses[-1] == 429
    assert len(statuses) - 1 <= 1000 + math.ceil(refilled)
    answer = send(client)
    assert answer.status_code == 429 and int(answer.headers["retry-after"]) >= 1
    assert answer.json() == {"status": "error", "error_code": 429, "message": "Too Many Requests",
                             "details": "API calls are limited to 1000 requests per hour per account"}  # fmt: skip


def test_rate_limit_is_shared_and_can_be_switched_off(client: TestClient) -> None:
    """Every operation draws on one hourly budget; `rate_limit_scale` 0 lifts it for tests."""
    client.patch(ACCOUNT, json={"rate_limit_scale": 0.001})  # one request an hour
    assert send(client).status_code == 201
    assert send_by_query(client).status_code == 429
    assert client.get(BALANCE, headers=BASIC).status_code == 429
    client.patch(ACCOUNT, json={"rate_limit_scale": 0})
    assert all(send(client).status_code == 201 for _ in range(5))


# --- lifecycle ------------------------------------------------------------------------------------------------


def test_lifecycle_on_the_virtual_clock(client: TestClient) -> None:
    """Accepted messages go queued -> sent -> delivered, failed, expired, or stay sent without a report."""
    answer = send(client, to="+256751234567,+256751239993,+256751239994,+256751239997")
    assert answer.status_code == 201
    client.post("/_sim/clock", json={"advance": 2})
    assert {m["status"] for m in messages(client, "ezzysms")} == {"sent"}
    client.post("/_sim/clock", json={"advance": 10})
    final = {m["recipient"]: m["status"] for m in messages(client, "ezzysms")}
    assert final == {"+256751234567": "delivered", "+256751239993": "failed", "+256751239994": "expired",
                     "+256751239997": "sent"}  # fmt: skip


def test_no_delivery_reports_or_inbound_are_documented(client: TestClient) -> None:
    """EzzySMS documents no callbacks: none are sent, and inbound injection is refused."""
    send(client)
    client.post("/_sim/clock", json={"advance": 60})
    assert client.get("/_sim/callbacks", params={"provider": "ezzysms"}).json()["callbacks"] == []
    inbound = client.post("/_sim/inbound", json={"provider": "ezzysms", "from": "+256751234567", "to": "x",
                                                 "text": "hi"})  # fmt: skip
    assert inbound.status_code == 400


# --- input that is not a send ---------------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_other_methods_are_405_not_insufficient_balance(client: TestClient, method: str) -> None:
    """Undocumented methods get the web server's bare 405 with Allow, not the InsufficientBalance body."""
    for path, allow in ((SEND, "GET, POST"), (SEND + "/", "GET, POST"), (BALANCE, "GET"), (BALANCE + "/", "GET")):
        answer = client.request(method, path, headers=BASIC)
        assert answer.status_code == 405 and answer.headers["allow"] == allow
        assert answer.text == "Method Not Allowed"


GARBAGE = [
    b"{not json",
    b"[1, 2]",
    b'"a string"',
    b"null",
    b"\xff\xfe\x00",
    b"to=%2B25671234567&message=hi",
    b"",
    b'{"to": {"a": 1}, "message": 5, "from": null}',
    b'{"to": "' + b"1," * 5000 + b'1", "message": "x"}',
]


@pytest.mark.parametrize("raw", GARBAGE, ids=range(len(GARBAGE)))
def test_bad_input_never_yields_a_server_error(client: TestClient, raw: bytes) -> None:
    """Bodies that are not a send get a documented 4xx in the error shape (no readable `to`: 403)."""
    answer = client.post(SEND, content=raw, headers={**BASIC, "Content-Type": "application/json"})
    assert 400 <= answer.status_code < 500
    assert answer.json()["status"] == "error"
    assert messages(client, "ezzysms") == []


def test_unparsable_body_is_invalid_phone_number(client: TestClient) -> None:
    """A body that is not JSON has no readable recipient: 403 InvalidPhoneNumber, saying why."""
    answer = client.post(SEND, content=b"{oops", headers=BASIC)
    assert answer.json() == {"status": "error", "error_code": 403, "message": "InvalidPhoneNumber",
                             "details": "The request body is not valid JSON"}  # fmt: skip


def test_unknown_fields_are_ignored(client: TestClient) -> None:
    """Fields the documents do not name are ignored, as the samples' servers would."""
    assert send(client, priority="high").status_code == 201
