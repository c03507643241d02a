"""A result says what its id names (each recipient's message, or one the request's recipients share), how many
parts the text takes, and what the provider charged where its answer says: the same meaning on every provider."""

from __future__ import annotations

import httpx
import pytest

import smskit
from tests.overlay import parity
from tests.overlay.conftest import SIM, stored, unlimit
from tests.overlay.demo import PROVIDERS
from tests.overlay.parity import Connect

connect, mode = parity.connect, parity.mode  # the fixtures: each test taking `connect` runs sync and async

CLASSES = {"easysendsms": smskit.EasySendSMS, "ezzysms": smskit.EzzySMS, "easify": smskit.Easify,
           "transmitsms": smskit.TransmitSMS, "mobyt": smskit.Mobyt}  # fmt: skip
# What each answer's id names, as the providers document their send answers.
SCOPE = {"easysendsms": "recipient", "ezzysms": None, "easify": "recipient", "transmitsms": "batch", "mobyt": "batch"}
TEXT = "A" * 200  # GSM-7: two parts of 153
PARTS = {provider: 1 if provider == "ezzysms" else 2 for provider in SCOPE}  # EzzySMS takes one part only


@pytest.mark.parametrize("provider", list(PROVIDERS))
def test_id_scope_parts_and_cost(provider: str, connect: Connect, control: httpx.Client) -> None:
    unlimit(control, provider)
    credentials, path, recipient, sender = PROVIDERS[provider]
    sms = connect(CLASSES[provider], **credentials, base_url=SIM + path, rate_limit=0)
    (result,) = sms.send(recipient, TEXT[: 100 if PARTS[provider] == 1 else 200], sender=sender)
    assert result.status == "accepted"
    assert result.id_scope == SCOPE[provider] and (result.message_id is None) == (SCOPE[provider] is None)
    assert result.parts == PARTS[provider]
    (message,) = stored(control, provider)
    assert message["segments"] == PARTS[provider]
    if provider == "ezzysms":  # the one answer that states the charge
        assert result.cost == pytest.approx(message["cost"]) and result.cost
    else:
        assert result.cost is None


def test_a_rejected_recipient_carries_no_parts(connect: Connect, control: httpx.Client) -> None:
    unlimit(control, "transmitsms")
    credentials, path, _, _ = PROVIDERS["transmitsms"]
    sms = connect(smskit.TransmitSMS, **credentials, base_url=SIM + path, rate_limit=0)
    taken, refused = sms.send(["+61491570156", "12"], TEXT)
    assert (taken.parts, refused.parts) == (2, None) and refused.id_scope is None
