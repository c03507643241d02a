"""EzzySMS through the overlay: one recipient per request, exact per-recipient results.

Every test taking `connect` runs against `EzzySMS` and `AsyncEzzySMS` alike (tests/overlay/parity.py).
"""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

import smskit
from smskit import EzzySMS
from tests.overlay import parity
from tests.overlay.conftest import SIM, settle, stored, unlimit
from tests.overlay.parity import Connect, Network, Twin

connect, mode = parity.connect, parity.mode  # the fixtures: each test taking `connect` runs sync and async

BASE = f"{SIM}/ezzysms/api/v1"


def client(connect: Connect, **options: object) -> Twin:
    return connect(EzzySMS, "demo-ezzysms", "demo-ezzysms-password", base_url=BASE, **options)


def test_each_recipient_gets_its_own_answer(connect: Connect, control: httpx.Client) -> None:
    """A blacklisted and a landline number are rejected with their own errors; the others are sent once."""
    unlimit(control, "ezzysms")
    to = ["+256712345670", "+256712349990", "+256712349998", "+256712345671", "+256712345670"]
    results = client(connect).send(to, "Your code is 123456", sender="MyApp")
    assert [r.status for r in results] == ["accepted", "rejected", "rejected", "accepted", "accepted"]
    assert isinstance(results[1].error, smskit.BlacklistedError) and results[1].error.status_code == 406
    assert isinstance(results[2].error, smskit.InvalidRecipientError) and results[2].error.code == 404
    sent = stored(control, "ezzysms")
    assert sorted(m["recipient"] for m in sent) == ["+256712345670", "+256712345671"]
    assert {(m["sender"], m["text"]) for m in sent} == {("MyApp", "Your code is 123456")}


@pytest.mark.parametrize("status", [200, 201, 202])
def test_every_documented_success_status_is_accepted(connect: Connect, control: httpx.Client, status: int) -> None:
    """EzzySMS answers a send 200, 201 or 202 (sent, queued, accepted for later): each is the provider's
    acceptance, with no message id (it returns none)."""
    settle(control, "ezzysms", rate_limit_scale=0, settings={"answer_status": status})
    (result,) = client(connect).send("+256712345670", "Hi")
    assert result.accepted and result.message_id is None and result.number == "+256712345670"
    assert [m["recipient"] for m in stored(control, "ezzysms")] == ["+256712345670"]


def test_the_query_string_variant_is_a_method_too(connect: Connect, control: httpx.Client) -> None:
    """The documented GET variant is a generated method of the client, authenticated by the client's Basic auth."""
    answer = client(connect).send_message_by_query(to="+256712345670", message="Hello by query")
    assert answer.to == "+256712345670"
    assert [(m["recipient"], m["text"]) for m in stored(control, "ezzysms")] == [("+256712345670", "Hello by query")]


class _Paths(Network):
    """The simulator, noting the method and path of every request that reaches it."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, str]] = []

    def before(self, request: httpx.Request) -> httpx.Response | None:
        self.seen.append((request.method, request.url.path))
        return None


def test_sends_go_where_the_documents_samples_send_them(connect: Connect, control: httpx.Client) -> None:
    """The JSON POST goes to `/api/v1/messaging/` with its trailing slash, as every POST sample of the documents
    writes it; the query-string GET to `/api/v1/messaging` without, as the GET samples do (the POST failed
    before: it went to `/messaging`)."""
    unlimit(control, "ezzysms")
    wire = _Paths()
    sms = client(connect, network=wire)
    (result,) = sms.send("+256712345670", "Hello from SMS API!", sender="YourApp")
    assert result.accepted
    sms.send_message_by_query(to="+256712345671", message="your message")
    assert wire.seen == [("POST", "/ezzysms/api/v1/messaging/"), ("GET", "/ezzysms/api/v1/messaging")]


class _Word(Network):
    """The simulator's send answer with its words replaced by ones the documents do not list."""

    def after(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if request.url.path.startswith("/ezzysms/api/v1/messaging") and response.status_code == 201:
            body = {**response.json(), "status": "Submitted", "delivery_status": "Accepted", "status_code": 201}
            return httpx.Response(201, json=body, request=request)
        return response


def test_an_undocumented_status_word_in_a_success_is_still_a_success(connect: Connect, control: httpx.Client) -> None:
    """The answer's words are open strings: a 201 in the provider's shape with words the documents do not list is
    accepted (failed before: the closed enums made it unparsable, so the recipient was unknown)."""
    unlimit(control, "ezzysms")
    (result,) = client(connect, network=_Word()).send("+256712345670", "Hi")
    assert result.status == "accepted", result.error


def test_limits_are_checked_before_any_request(connect: Connect, control: httpx.Client) -> None:
    """161 GSM characters and a schedule are refused locally: one SMS per request, no scheduling."""
    sms = client(connect)
    with pytest.raises(smskit.InputError) as too_long:
        sms.send("+256712345670", "a" * 161)
    assert (too_long.value.field, too_long.value.rule) == ("text", "max_parts")
    with pytest.raises(smskit.UnsupportedOperation):
        sms.send("+256712345670", "Hi", schedule_at=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    assert stored(control, "ezzysms") == []


def test_balance_and_credentials_errors(connect: Connect) -> None:
    """The balance reads as a number; wrong credentials are an AuthenticationError with status 401."""
    assert client(connect).balance().amount == 1000
    wrong = connect(EzzySMS, "demo-ezzysms", "wrong", base_url=BASE)
    with pytest.raises(smskit.AuthenticationError) as denied:
        wrong.balance()
    assert denied.value.status_code == 401


def test_credentials_from_the_environment(connect: Connect, monkeypatch: pytest.MonkeyPatch) -> None:
    """EZZYSMS_USERNAME / EZZYSMS_PASSWORD are read when none are passed; with neither, the constructor says so."""
    monkeypatch.setenv("EZZYSMS_USERNAME", "demo-ezzysms")
    monkeypatch.setenv("EZZYSMS_PASSWORD", "demo-ezzysms-password")
    assert connect(EzzySMS, base_url=BASE).balance().amount == 1000
    monkeypatch.delenv("EZZYSMS_PASSWORD")
    with pytest.raises(smskit.InputError) as missing:
        connect(EzzySMS, base_url=BASE)
    assert (missing.value.field, missing.value.rule) == ("password", "required")  # the one missing


def test_insufficient_balance_is_its_own_error(connect: Connect, control: httpx.Client) -> None:
    """EzzySMS's 405 means InsufficientBalance, not a method error: the spec's table says so."""
    settle(control, "ezzysms", balance=0)
    with pytest.raises(smskit.InsufficientCreditError) as refused:  # nothing was sent: raised, results attached
        client(connect).send("+256712345670", "Hi")
    (result,) = refused.value.results or ()
    assert isinstance(result.error, smskit.InsufficientCreditError) and result.error.status_code == 405
    assert result.status == "rejected" and stored(control, "ezzysms") == []
