"""Callbacks parse into one normalised event: the specs' own examples and the simulator's real callbacks."""

from __future__ import annotations

import base64
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
    sms = smskit.EasySendSMS("demo-easysendsms-key", base_url=f"{SIM}/easysendsms", transport=transport)
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
