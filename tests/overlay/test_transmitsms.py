"""TransmitSMS through the overlay: 500 per request, silently dropped numbers still get a result.

Every test taking `connect` runs against `TransmitSMS` and `AsyncTransmitSMS` alike (tests/overlay/parity.py).
"""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

import smskit
from smskit import TransmitSMS
from tests.overlay import parity
from tests.overlay.conftest import SIM, stored, unlimit
from tests.overlay.parity import Connect, Network, Twin
from transmitsms_client.models import AddListRequest, AddToListRequest, GetListRequest

connect, mode = parity.connect, parity.mode  # the fixtures: each test taking `connect` runs sync and async

BASE = f"{SIM}/transmitsms"


def client(connect: Connect, **options: object) -> Twin:
    return connect(TransmitSMS, "demo-transmitsms-key", "demo-transmitsms-secret", base_url=BASE, **options)


def test_dropped_numbers_are_found_and_reported(connect: Connect, control: httpx.Client) -> None:
    """An opted-out number TransmitSMS skips silently is reported rejected; the others share the message id."""
    unlimit(control, "transmitsms")
    to = ["+61491570156", "+61491579990", "+61491570157"]
    results = client(connect, rate_limit=0).send(to, "G'day", sender="MyShop")
    assert [r.status for r in results] == ["accepted", "rejected", "accepted"]
    assert isinstance(results[1].error, smskit.InvalidRecipientError)
    assert results[0].message_id == results[2].message_id
    assert sorted(m["recipient"] for m in stored(control, "transmitsms")) == ["61491570156", "61491570157"]


class _Reads(Network):
    """Counts the get-sms-sent pages a send reads (passes everything on unchanged)."""

    def __init__(self) -> None:
        self.pages: list[str] = []

    def before(self, request: httpx.Request) -> httpx.Response | None:
        if request.url.path.endswith("/get-sms-sent.json"):
            self.pages.append(httpx.QueryParams(request.content.decode()).get("page", ""))
        return None


def test_the_recipient_list_is_read_page_by_page(connect: Connect, control: httpx.Client) -> None:
    """250 recipients, one of them opted out: the 249 taken fill three pages of get-sms-sent (100 a page), each
    read in turn, so the taken ones on the last page are accepted too and only the opted-out one is rejected."""
    unlimit(control, "transmitsms")
    to = [f"+614915{i:05d}" for i in range(249)]
    to.insert(123, "+61491579990")
    reads = _Reads()
    results = client(connect, network=reads, rate_limit=0).send(to, "Hi")
    assert reads.pages == ["1", "2", "3"]
    assert [r.recipient for r in results if r.status == "rejected"] == ["+61491579990"]
    assert all(r.accepted for i, r in enumerate(results) if i != 123)
    assert len({r.message_id for r in results if r.accepted}) == 1
    assert len(stored(control, "transmitsms")) == 249


def test_a_thousand_recipients_take_two_requests(connect: Connect, control: httpx.Client) -> None:
    """1,000 recipients are packed 500 per request and all accepted once."""
    unlimit(control, "transmitsms")
    results = client(connect, rate_limit=0).send([f"+614915{i:05d}" for i in range(1000)], "Hi")
    assert all(r.accepted for r in results) and len({r.message_id for r in results}) == 2
    assert len(stored(control, "transmitsms")) == 1000


def test_a_scheduled_send_waits_for_its_time(connect: Connect, control: httpx.Client) -> None:
    """`schedule_at` (any time zone) is TransmitSMS's UTC `send_at`: the message is held until then."""
    unlimit(control, "transmitsms")
    when = dt.datetime.now(dt.timezone(dt.timedelta(hours=10))).replace(microsecond=0) + dt.timedelta(days=3)
    (result,) = client(connect).send("+61491570156", "Later", schedule_at=when)
    assert result.accepted
    (message,) = stored(control, "transmitsms")
    assert message["group"] == result.message_id and message["status"] == "scheduled"
    assert dt.datetime.fromisoformat(message["scheduled_at"]) == when


# Nothing listens on port 9: the simulator's attempts to call these back fail at once, and are logged with the URL.
DLR = "http://127.0.0.1:9/dlr?token=t1"
REPLY = "http://127.0.0.1:9/reply"


def test_callbacks_travel_with_every_send(connect: Connect, control: httpx.Client) -> None:
    """`dlr_callback` and `reply_callback` go with the message: its delivery report and a reply to it are sent
    to those URLs (the simulator's callback log shows where it called)."""
    unlimit(control, "transmitsms")
    (result,) = client(connect, dlr_callback=DLR, reply_callback=REPLY).send("+61491570156", "Hi")
    assert result.accepted and result.message_id
    inbound = {"provider": "transmitsms", "from": "61491570156", "to": "61400000000", "text": "yes",
               "reply_to": int(result.message_id)}  # fmt: skip
    assert control.post("/_sim/inbound", json=inbound).json()["callback_url"] == REPLY
    assert control.post("/_sim/clock", json={"advance": 60}).status_code == 200
    called = control.get("/_sim/callbacks", params={"provider": "transmitsms"}).json()["callbacks"]
    by_event = {c["event"]: c for c in called if c["attempt"] == 1}
    assert by_event["reply"]["url"] == REPLY and by_event["reply"]["params"]["message_id"] == int(result.message_id)
    assert by_event["delivery_report"]["url"] == DLR
    assert by_event["delivery_report"]["params"]["status"] == "delivered"


@pytest.mark.parametrize("option", ["dlr_callback", "reply_callback"])
def test_a_callback_that_is_no_url_is_refused_at_construction(connect: Connect, option: str) -> None:
    """A relative or schemeless callback is an InputError naming the option, before any request."""
    with pytest.raises(smskit.InputError) as refused:
        client(connect, **{option: "example.com/dlr"})
    assert (refused.value.field, refused.value.rule) == (option, "url")


def test_balance_has_a_currency_and_lists_work(connect: Connect, control: httpx.Client) -> None:
    """The balance comes with its currency; a list can be created, filled and read back."""
    unlimit(control, "transmitsms")
    sms = client(connect, rate_limit=0)
    balance = sms.balance()
    assert balance.amount > 0 and balance.currency
    created = sms.add_list(AddListRequest(name="VIPs"))
    sms.add_to_list(AddToListRequest(list_id=created.id, msisdn="61491570156"))
    assert sms.get_list(GetListRequest(list_id=created.id)).members_total == 1


def test_wrong_secret(connect: Connect) -> None:
    """Wrong credentials are an AuthenticationError carrying TransmitSMS's AUTH_FAILED code."""
    with pytest.raises(smskit.AuthenticationError) as denied:
        connect(TransmitSMS, "demo-transmitsms-key", "nope", base_url=BASE).balance()
    assert denied.value.code == "AUTH_FAILED"


def test_credentials_from_the_environment(connect: Connect, monkeypatch: pytest.MonkeyPatch) -> None:
    """TRANSMITSMS_API_KEY / _SECRET are read when not passed; without a secret the constructor refuses."""
    monkeypatch.setenv("TRANSMITSMS_API_KEY", "demo-transmitsms-key")
    monkeypatch.setenv("TRANSMITSMS_API_SECRET", "demo-transmitsms-secret")
    assert connect(TransmitSMS, base_url=BASE).balance().currency
    monkeypatch.delenv("TRANSMITSMS_API_SECRET")
    with pytest.raises(smskit.InputError) as missing:
        connect(TransmitSMS, base_url=BASE)
    assert (missing.value.field, missing.value.rule) == ("api_key", "required")
