"""TransmitSMS through the overlay: 500 per request, silently dropped numbers still get a result.

Every test taking `connect` runs against `TransmitSMS` and `AsyncTransmitSMS` alike (tests/overlay/parity.py).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import smskit
from smskit import TransmitSMS
from smskit._spec import load_spec
from smskit.webhooks import parse_delivery_report
from tests.overlay import parity
from tests.overlay.conftest import SIM, stored, unlimit
from tests.overlay.parity import Connect, Network, Twin
from transmitsms_client.models import (
    AddContactsBulkProgressRequest,
    AddContactsBulkRequest,
    AddEmailRequest,
    AddFieldToListRequest,
    AddListRequest,
    AddToListRequest,
    CancelSmsRequest,
    DeleteEmailRequest,
    EditListMemberRequest,
    EditNumberOptionsRequest,
    GetContactRequest,
    GetListRequest,
    GetSmsSentRequest,
    SendSmsRequest,
)
from transmitsms_client.types import UNSET

connect, mode = parity.connect, parity.mode  # the fixtures: each test taking `connect` runs sync and async

BASE = f"{SIM}/transmitsms"


def client(connect: Connect, **options: object) -> Twin:
    return connect(TransmitSMS, "f81315e0d73b826c671def7d7e8f26e6", "demo-transmitsms-secret", base_url=BASE, **options)


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
        connect(TransmitSMS, "f81315e0d73b826c671def7d7e8f26e6", "nope", base_url=BASE).balance()
    assert denied.value.code == "AUTH_FAILED"


def test_credentials_from_the_environment(connect: Connect, monkeypatch: pytest.MonkeyPatch) -> None:
    """TRANSMITSMS_API_KEY / _SECRET are read when not passed; without a secret the constructor refuses."""
    monkeypatch.setenv("TRANSMITSMS_API_KEY", "f81315e0d73b826c671def7d7e8f26e6")
    monkeypatch.setenv("TRANSMITSMS_API_SECRET", "demo-transmitsms-secret")
    assert connect(TransmitSMS, base_url=BASE).balance().currency
    monkeypatch.delenv("TRANSMITSMS_API_SECRET")
    with pytest.raises(smskit.InputError) as missing:
        connect(TransmitSMS, base_url=BASE)
    assert (missing.value.field, missing.value.rule) == ("api_secret", "required")  # the one missing


# --- tolerant reading (each failed before: the answer did not parse, or the method did not exist) ----------------
class _Rewrite(Network):
    """Answers the simulator gives, changed on their way back: `change(path, body)` edits the JSON body."""

    def __init__(self, change: Callable[[str, dict[str, Any]], None]) -> None:
        self.change = change

    def after(self, request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if response.headers.get("content-type", "").startswith("application/json"):
            body = json.loads(response.read())
            self.change(request.url.path.rsplit("/", 1)[-1], body)
            return httpx.Response(response.status_code, json=body, headers={"content-type": "application/json"})
        return response


def _without(*keys: str) -> Callable[[str, dict[str, Any]], None]:
    def change(path: str, body: dict[str, Any]) -> None:
        for key in keys:
            body.pop(key, None)

    return change


@pytest.mark.parametrize(
    ("method", "keys"),
    [
        ("get_lists", ("lists", "lists_total", "page")),
        ("get_numbers", ("numbers", "numbers_total", "page")),
        ("get_keywords", ("keywords", "keywords_total", "page")),
        ("get_clients", ("clients", "clients_total", "page")),
        ("get_user_sms_responses", ("responses", "total", "page")),
    ],
)
def test_list_answers_without_their_empty_arrays_parse(
    connect: Connect, control: httpx.Client, method: str, keys: tuple[str, ...]
) -> None:
    """An empty list answer may leave its array (and total) out, as a recording did: it still parses."""
    unlimit(control, "transmitsms")
    answer = getattr(client(connect, rate_limit=0, network=_Rewrite(_without(*keys))), method)()
    for key in keys:
        assert getattr(answer, key) is UNSET


def test_a_send_answer_with_only_the_id_and_count_is_accepted(connect: Connect, control: httpx.Client) -> None:
    """send() needs `message_id` and `recipients` only: an answer without cost, parts, time or even the `error`
    block is still an accepted send (before, it did not parse and the recipient was `unknown`)."""
    unlimit(control, "transmitsms")
    network = _Rewrite(_without("cost", "sms", "send_at", "delivery_stats", "error"))
    (result,) = client(connect, rate_limit=0, network=network).send("+61491570156", "Hi")
    assert result.status == "accepted" and result.message_id


def _odd_words(path: str, body: dict[str, Any]) -> None:
    for member in body.get("members", []):
        member["status"] = "suspended"
    if "success" in body:
        body["success"] = "Yes"
    for row in body["recipients"] if isinstance(body.get("recipients"), list) else []:
        row["delivery_status"] = "expired"


def test_words_the_documents_do_not_list_are_kept_raw(connect: Connect, control: httpx.Client) -> None:
    """A member status, a cancel answer or a delivery word outside the documented ones is kept as sent."""
    unlimit(control, "transmitsms")
    sms = client(connect, rate_limit=0, network=_Rewrite(_odd_words))
    created = sms.add_list(AddListRequest(name="Odd words"))
    sms.add_to_list(AddToListRequest(list_id=created.id, msisdn="61491570156"))
    (member,) = sms.get_list(GetListRequest(list_id=created.id)).members
    assert member.status == "suspended"
    later = (dt.datetime.now(dt.UTC) + dt.timedelta(days=2)).strftime("%Y-%m-%d %H:%M:%S")
    sent = sms.send_sms(SendSmsRequest(message="Later", to="61491570156", send_at=later))
    rows = sms.get_sms_sent(GetSmsSentRequest(message_id=sent.message_id)).recipients
    assert [r.delivery_status for r in rows] == ["expired"]
    assert sms.cancel_sms(CancelSmsRequest(id=sent.message_id)).success == "Yes"


def test_the_reference_methods_the_spec_lacked(connect: Connect, control: httpx.Client) -> None:
    """Methods of the vendor's reference now in the spec are methods of the client, typed, against the simulator."""
    unlimit(control, "transmitsms")
    sms = client(connect, rate_limit=0)
    list_id = sms.add_list(AddListRequest(name="Reference", field_1="Email")).id
    sms.add_to_list(AddToListRequest(list_id=list_id, msisdn="61491570156"))
    assert sms.add_field_to_list(AddFieldToListRequest(list_id=list_id, field_2="City")).custom_2 == "City"
    edited = sms.edit_list_member(EditListMemberRequest(list_id=list_id, msisdn="61491570156", first_name="Ella",
                                                        field_2="Sydney"))  # fmt: skip
    assert edited.first_name == "Ella"
    contact = sms.get_contact(GetContactRequest(list_id=list_id, msisdn="+61491570156"))
    assert contact.fields is not UNSET and contact.fields["City"] == "Sydney"  # type: ignore[index]
    assert sms.add_email(AddEmailRequest(email="ops@example.com", max_sms=2)).success is True
    assert sms.delete_email(DeleteEmailRequest(email="*@example.com")).success is True
    options = sms.edit_number_options(EditNumberOptionsRequest(number=61418279031, list_id=list_id))
    assert options.error.code == "SUCCESS"  # type: ignore[union-attr]
    bulk = sms.add_contacts_bulk(AddContactsBulkRequest(list_id=list_id))
    assert sms.add_contacts_bulk_progress(AddContactsBulkProgressRequest(list_id=bulk.list_id)).list_id == list_id
    assert sms.get_sms_sent_count().count == 0
    assert sms.get_message_report().messages_total == 0


def test_callbacks_declare_no_credentials() -> None:
    """Delivery, reply, link-hit and list callbacks carry no credentials: each webhook says `security: []`
    (before, they inherited the API's Basic auth)."""
    spec = load_spec("transmitsms")
    assert {name: item["get"].get("security") for name, item in spec["webhooks"].items()} == {
        "deliveryReport": [], "reply": [], "linkHit": [], "listAction": []}  # fmt: skip


def test_no_answer_schema_closes_a_provider_word() -> None:
    """No answer or callback schema has an `enum`: provider words are open strings (before: member status,
    cancel-sms `success`, the DLR status and `is_optout` were closed)."""
    spec = load_spec("transmitsms")
    schemas = spec["components"]["schemas"]
    answers = {name for name in schemas if not name.endswith("Request") and "enum" not in schemas[name]}
    closed = [f"{name}.{field}" for name in sorted(answers)
              for field, node in schemas[name].get("properties", {}).items() if "enum" in node]  # fmt: skip
    assert closed == []
    delivery = schemas["DeliveryReportCallback"]["properties"]["status"]["x-smskit-known-values"]
    reading = spec["webhooks"]["deliveryReport"]["get"]["x-smskit-callback"]["statuses"]
    assert set(delivery) == set(reading)


def test_an_unknown_delivery_word_is_kept_raw() -> None:
    """A DLR status word the documents do not list reads as `failed` and keeps the provider's word."""
    event = parse_delivery_report(
        "transmitsms", query="message_id=1&mobile=61491570156&datetime=2024-03-01%2009:16:02&status=rejected"
    )
    assert (event.status, event.provider_status) == ("failed", "rejected")
    known = parse_delivery_report("transmitsms", query="message_id=1&status=soft-bounce")
    assert (known.status, known.provider_status) == ("expired", "soft-bounce")
