"""Easify through the overlay: one request per recipient, country rules, its 429 wording, opening hours.

Every test taking `connect` runs against `Easify` and `AsyncEasify` alike (tests/overlay/parity.py).
"""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

import smskit
from smskit import Easify, load_spec
from smskit.webhooks import parse_delivery_report
from tests.overlay import parity
from tests.overlay.conftest import SIM, settle, stored
from tests.overlay.parity import Connect, Network, Twin

connect, mode = parity.connect, parity.mode  # the fixtures: each test taking `connect` runs sync and async

BASE = f"{SIM}/easify/api/v2"
TOKEN = "1000|63a87e6f-8629-403c-9d76-af4ce97a6a08"


def client(connect: Connect, **options: object) -> Twin:
    return connect(Easify, TOKEN, from_number="+13205550100", base_url=BASE, **options)


def test_send_per_recipient_with_country_rules(connect: Connect, control: httpx.Client) -> None:
    """US and UK numbers go out one per request; a German one is refused locally; a blacklisted one by Easify."""
    to = ["+13155550100", "+447700900123", "+4915112345678", "+13155559990"]
    sms = client(connect)
    results = sms.send(to, "Hai")
    assert [r.status for r in results] == ["accepted", "accepted", "rejected", "rejected"]
    assert isinstance(results[2].error, smskit.InputError) and results[2].error.rule == "country_code"
    assert isinstance(results[3].error, smskit.BlacklistedError)
    sent = stored(control, "easify")
    assert sorted(m["recipient"] for m in sent) == ["+13155550100", "+447700900123"]
    assert {m["id"] for m in sent} == {results[0].message_id, results[1].message_id}
    assert sms.get_sms_status(sms_id=results[0].message_id or "").data.status


# The simulator's clock starts at 12:00 UTC: an account open from midnight to one is closed then.
CLOSED = {"opening_hours": "00:00-01:00"}


@pytest.mark.parametrize("force_send", [False, True])
def test_outside_opening_hours_force_send_sends_at_once(
    connect: Connect, control: httpx.Client, force_send: bool
) -> None:
    """Outside the account's opening hours Easify holds a send until they open; `force_send=True` sends it now."""
    settle(control, "easify", settings=CLOSED)
    (result,) = client(connect, force_send=force_send).send("+13155550100", "Hai")
    assert result.accepted
    (message,) = stored(control, "easify")
    assert message["id"] == result.message_id
    if force_send:
        assert message["status"] != "scheduled" and message["scheduled_at"] is None
    else:
        assert message["status"] == "scheduled"
        assert dt.datetime.fromisoformat(message["scheduled_at"]) == dt.datetime(2026, 1, 2, tzinfo=dt.UTC)


@pytest.mark.usefixtures("no_sleep")
def test_429_wait_is_read_from_the_message(connect: Connect, control: httpx.Client) -> None:
    """Past 15 sends a minute, the wait in "Try again in N seconds" is honoured, then surfaced with it."""
    sms = client(connect, rate_limit=0, max_retries=1)
    results = sms.send([f"+1315555{i:04d}" for i in range(16)], "Hai")
    assert [r.status for r in results].count("accepted") == 15
    (limited,) = [r.error for r in results if r.error]
    assert isinstance(limited, smskit.RateLimitedError) and limited.retry_after and limited.retry_after > 0
    assert smskit.testing.slept() and max(smskit.testing.slept()) > 1
    assert len(stored(control, "easify")) == 15


def test_no_balance_and_no_scheduling(connect: Connect, control: httpx.Client) -> None:
    """What Easify does not document is a clear UnsupportedOperation, not an AttributeError."""
    sms = client(connect)
    with pytest.raises(smskit.UnsupportedOperation):
        sms.balance()
    with pytest.raises(smskit.UnsupportedOperation):
        sms.send("+13155550100", "Hai", schedule_at=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    assert stored(control, "easify") == []


def test_token_and_number_from_the_environment(connect: Connect, monkeypatch: pytest.MonkeyPatch) -> None:
    """EASIFY_API_TOKEN and EASIFY_FROM_NUMBER are read when not passed; no token at all is refused at once."""
    monkeypatch.setenv("EASIFY_API_TOKEN", TOKEN)
    monkeypatch.setenv("EASIFY_FROM_NUMBER", "+13205550100")
    (result,) = connect(Easify, base_url=BASE).send("+13155550100", "Hai")
    assert result.accepted
    monkeypatch.delenv("EASIFY_API_TOKEN")
    with pytest.raises(smskit.InputError) as missing:
        connect(Easify, base_url=BASE)
    assert (missing.value.field, missing.value.rule) == ("token", "required")


def test_a_status_webhook_is_not_dated_by_the_messages_creation(connect: Connect, control: httpx.Client) -> None:
    """The status webhook's only time, `created_at`, is when the message was created: DeliveryEvent.at (the
    provider's time of the status) stays empty instead of taking it; `created_at` stays in `raw` (failed
    before: `at` was the creation time, a minute before the message was delivered)."""
    settle(control, "easify", webhook_url="http://127.0.0.1:9/status")
    (result,) = client(connect).send("+13155550100", "Hai")
    control.post("/_sim/clock", json={"advance": 60})
    reports = control.get("/_sim/callbacks", params={"provider": "easify"}).json()["callbacks"]
    (report,) = [r for r in reports if r["json"]["status"] == "Delivered"]
    event = parse_delivery_report("easify", report["json"])
    (message,) = stored(control, "easify")
    created = dt.datetime.fromisoformat(message["created_at"].replace("Z", "+00:00"))
    assert (event.status, event.message_id, event.at) == ("delivered", result.message_id, None)
    assert event.raw["created_at"] == created.strftime("%Y-%m-%d %H:%M:%S")
    status_webhook = load_spec("easify")["webhooks"]["smsStatus"]["post"]
    assert "at" not in status_webhook["x-smskit-callback"]["fields"]


class _NewWord(Network):
    """The simulator's status answer with a status word the documents do not list."""

    def after(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if request.url.path.endswith("/sms/status") and response.status_code == 200:
            body = response.json()
            return httpx.Response(200, json={**body, "data": {**body["data"], "status": "Queued"}}, request=request)
        return response


def test_a_status_word_the_documents_do_not_list_is_read(connect: Connect) -> None:
    """`SmsStatusWord` is an open string: an answer with a new word parses and keeps it (failed before: the
    closed enum raised on it)."""
    sms = client(connect, network=_NewWord())
    (result,) = sms.send("+13155550100", "Hai")
    assert sms.get_sms_status(sms_id=result.message_id or "").data.status == "Queued"
