"""`default_sender=`: the sender of every send that names none, on every provider, checked by the spec's sender
rules when the client is made. With it, switching provider is the client line alone."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

import smskit
from tests.overlay.conftest import SIM, stored, unlimit
from tests.overlay.demo import PROVIDERS

# A sender each provider's rules take: Easify sends from one of the account's numbers.
SENDERS = {"easysendsms": "Shop", "ezzysms": "Shop", "easify": "+13205550100", "transmitsms": "Shop",
           "mobyt": "Shop"}  # fmt: skip


def _client(provider: str, transport: httpx.BaseTransport, **options: Any) -> smskit.SmsClient:
    credentials, path, _, _ = PROVIDERS[provider]
    if provider == "easify":
        credentials = {k: v for k, v in credentials.items() if k != "from_number"}
    client: smskit.SmsClient = smskit.client(provider, **credentials, base_url=SIM + path, transport=transport,  # type: ignore[call-overload]
                                             rate_limit=0, **options)  # fmt: skip
    return client


@pytest.mark.parametrize("provider", list(PROVIDERS))
def test_a_send_without_a_sender_goes_out_from_the_default(
    provider: str, transport: httpx.BaseTransport, control: httpx.Client
) -> None:
    unlimit(control, provider)
    _, _, recipient, _ = PROVIDERS[provider]
    sms = _client(provider, transport, default_sender=SENDERS[provider])  # not closed: the transport is shared
    (result,) = sms.send(recipient, "Your code is 123456")
    assert result.status == "accepted", result
    (message,) = stored(control, provider)
    assert str(message["sender"]).lstrip("+").endswith(SENDERS[provider].lstrip("+")[-7:]), message["sender"]


@pytest.mark.parametrize("provider", list(PROVIDERS))
def test_a_default_sender_the_rules_refuse_fails_when_the_client_is_made(
    provider: str, transport: httpx.BaseTransport
) -> None:
    with pytest.raises(smskit.InputError) as refused:
        _client(provider, transport, default_sender="Shop\x07")
    assert refused.value.field == "default_sender" and refused.value.rule == "control_character"


def test_easysendsms_needs_a_sender_unless_there_is_a_default(transport: httpx.BaseTransport) -> None:
    with pytest.raises(smskit.InputError) as refused:
        _client("easysendsms", transport).send("+14155550100", "Hi")
    assert refused.value.field == "sender" and refused.value.rule == "required"
    assert "default_sender=" in str(refused.value)
