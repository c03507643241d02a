"""Callbacks parse into one normalised event: the specs' own examples and the simulator's real callbacks."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import time
from typing import Any
from urllib.parse import urlencode

import httpx
import pytest

import smskit
from smskit import load_spec
from smskit.webhooks import WebhookError, parse_delivery_report, parse_inbound
from smskit_sim.inprocess import SimulatorTransport
from tests.overlay.conftest import SIM, settle

DLR = {
    "easysendsms": "deliveryReport",
    "transmitsms": "deliveryReport",
    "easify": "smsStatus",
    "mobyt": "deliveryReport",
}
INBOUND = {"transmitsms": "reply", "easify": "inboundSms"}


def _examples(provider: str, webhook: str) -> list[Any]:
    operation = next(iter(v for k, v in load_spec(provider)["webhooks"][webhook].items() if k in ("get", "post")))
    found = []
    for media in operation.get("requestBody", {}).get("content", {}).values():
        found += [e["value"] for e in media.get("examples", {}).values()]
    for param in operation.get("parameters", []):
        found += [e["value"] for e in param.get("examples", {}).values()]
    assert found, f"{provider} {webhook} has examples"
    return found


@pytest.mark.parametrize("provider", sorted(DLR))
def test_every_documented_delivery_report_parses(provider: str) -> None:
    """Each delivery-report example in the spec parses to a normalised status, keeping the provider's word."""
    for example in _examples(provider, DLR[provider]):
        event = parse_delivery_report(provider, example, query=example if provider == "transmitsms" else None)
        assert event.status in ("delivered", "failed", "expired", "pending")
        assert event.provider_status and event.message_id


@pytest.mark.parametrize("provider", sorted(INBOUND))
def test_every_documented_inbound_message_parses(provider: str) -> None:
    """Each inbound example in the spec parses to sender and text."""
    for example in _examples(provider, INBOUND[provider]):
        message = parse_inbound(provider, example, query=example if provider == "transmitsms" else None)
        assert message.sender and message.text
        assert message.text not in repr(message)  # message bodies stay out of reprs


def test_the_simulators_report_round_trips(transport: SimulatorTransport, control: httpx.Client) -> None:
    """The form body the simulator POSTs to the account webhook parses to the message's final status."""
    settle(control, "easysendsms", webhook_url="http://127.0.0.1:9/dlr")
    sms = smskit.EasySendSMS("demouuv3f5rupyzq1e310tsq2hi1iio6", base_url=f"{SIM}/easysendsms", transport=transport)
    results = sms.send(["+14155550100", "+14155559993", "+14155559994"], "Hi", sender="Shop")
    control.post("/_sim/clock", json={"advance": 60})
    reports = control.get("/_sim/callbacks", params={"provider": "easysendsms"}).json()["callbacks"]
    events = {e.message_id: e for e in (parse_delivery_report("easysendsms", urlencode(r["form"])) for r in reports)}
    assert [events[r.message_id].status for r in results] == ["delivered", "failed", "expired"]


def test_easify_signature_is_checked() -> None:
    """A signed Easify status webhook verifies; a tampered body or a stale timestamp does not."""
    body = json.dumps({"sms_id": "315", "status": "Delivered", "receiver": "+13155550100"}).encode()
    stamp = str(int(time.time()))
    signature = base64.b64encode(hmac.new(b"s3cret", body, hashlib.sha256).hexdigest().encode()).decode()
    headers = {"X-Easify-Timestamp": stamp, "X-Easify-Signature": signature}
    assert parse_delivery_report("easify", body, headers=headers, secret="s3cret").status == "delivered"
    with pytest.raises(WebhookError, match="signature"):
        parse_delivery_report("easify", body.replace(b"315", b"316"), headers=headers, secret="s3cret")
    stale = {**headers, "X-Easify-Timestamp": str(int(time.time()) - 3600)}
    with pytest.raises(WebhookError, match="15 minutes"):
        parse_delivery_report("easify", body, headers=stale, secret="s3cret")


def test_malformed_callbacks_are_typed_errors() -> None:
    """Missing fields and non-JSON bodies raise WebhookError; EzzySMS has no callback at all."""
    with pytest.raises(WebhookError, match="sms_id"):
        parse_delivery_report("easysendsms", "response=DELIVRD")
    with pytest.raises(WebhookError, match="JSON"):
        parse_delivery_report("easify", b"not json")
    with pytest.raises(smskit.UnsupportedOperation):
        parse_delivery_report("ezzysms", {})


# --- Mobyt writes its times in Rome local time (spec `x-smskit-callback.timezone: Europe/Rome`) -------------------
@pytest.mark.parametrize(
    ("delivery_date", "utc"),
    [("20260115120000", "2026-01-15T11:00:00+00:00"),  # winter: CET, UTC+1
     ("20260701120000", "2026-07-01T10:00:00+00:00"),  # summer: CEST, UTC+2
     ("20260329020000", "2026-03-29T01:00:00+00:00")],  # 02:00 does not exist that night: read as before the jump
)  # fmt: skip
def test_mobyt_delivery_dates_are_rome_local_time(delivery_date: str, utc: str) -> None:
    """`delivery_date` carries no zone: it is the platform's own Europe/Rome time, not UTC."""
    form = urlencode(
        {"order_id": "o-1", "status": "DLVRD", "recipient": "+393471234567", "delivery_date": delivery_date}
    )
    event = parse_delivery_report("mobyt", form)
    assert event.at is not None and event.at.isoformat() == utc
    assert event.at.utcoffset() is not None and not event.at.utcoffset()  # aware, given in UTC


def test_mobyt_report_without_recipient_or_date_still_parses() -> None:
    """Only `order_id` and `status` are required; an unknown status word is a final failure kept verbatim."""
    event = parse_delivery_report("mobyt", {"order_id": "o-2", "status": "NEWWORD"})
    assert (event.status, event.provider_status, event.recipient, event.at) == ("failed", "NEWWORD", None, None)


def test_other_providers_times_stay_utc() -> None:
    """Only a spec with a `timezone` moves its times: EasySendSMS's times are still read as UTC."""
    (example, *_) = _examples("easysendsms", "deliveryReport")
    event = parse_delivery_report("easysendsms", example)
    if event.at is not None:
        assert event.at.utcoffset() is not None and not event.at.utcoffset()
    webhooks: Any = load_spec("easysendsms").get("webhooks") or {}
    readings = [op.get("x-smskit-callback") or {} for item in webhooks.values() for op in item.values()]
    assert readings and all("timezone" not in reading for reading in readings)


def test_the_mobyt_simulators_report_is_its_delivery_time(transport: SimulatorTransport, control: httpx.Client) -> None:
    """The report the simulator POSTs parses to the instant the message was delivered (its store's final_at)."""
    settle(control, "mobyt", webhook_url="http://127.0.0.1:9/dlr")
    (account, *_) = control.get("/_sim/accounts", params={"provider": "mobyt"}).json()["accounts"]
    credentials = account["credentials"]
    sms = smskit.Mobyt(credentials["username"], credentials["password"], base_url=f"{SIM}/mobyt/API/v1.0/REST",
                       transport=transport)  # fmt: skip
    (result,) = sms.send("+393471234567", "Ciao")
    control.post("/_sim/clock", json={"advance": 60})
    (report,) = control.get("/_sim/callbacks", params={"provider": "mobyt"}).json()["callbacks"]
    event = parse_delivery_report("mobyt", urlencode(report["form"]))
    (message,) = control.get("/_sim/messages", params={"provider": "mobyt"}).json()["messages"]
    assert (event.status, event.message_id) == ("delivered", result.reference)
    delivered = dt.datetime.fromisoformat(message["final_at"].replace("Z", "+00:00"))
    assert event.at == delivered.replace(microsecond=0)


@pytest.mark.parametrize(
    ("provider", "payload"),
    [
        # The providers' own documented examples (the specs' webhook examples, after their documents).
        ("easysendsms", {"source": "MyShop", "msisdn": "447700900123", "response": "DELIVRD",
                         "sent_date": "3/1/2024 9:16:02 AM", "sms_id": "0f8c2b9e"}),
        ("mobyt", {"order_id": "a1b2c3d4e5f6", "status": "DLVRD", "recipient": "+393471234567",
                   "delivery_date": "20240301091702"}),
        ("transmitsms", {"message_id": "339814842", "mobile": "61478038915", "status": "delivered",
                         "datetime": "2024-03-01 09:16:02"}),
    ],
)  # fmt: skip
def test_a_report_s_recipient_is_e164_whatever_the_provider_wrote(provider: str, payload: dict[str, str]) -> None:
    """EasySendSMS and TransmitSMS write digits (447700900123), Mobyt `+39...`: the event says E.164 for all."""
    if provider == "transmitsms":  # its reports arrive as GET query strings
        event = parse_delivery_report(provider, query=urlencode(payload))
    else:  # form POSTs
        event = parse_delivery_report(provider, urlencode(payload))
    assert event.recipient is not None and event.recipient.startswith("+") and event.recipient[1:].isdigit()
    assert event.at is None or event.at.utcoffset() == dt.timedelta(0)
