"""TransmitSMS through the overlay: 500 per request, silently dropped numbers still get a result."""

from __future__ import annotations

import httpx
import pytest

import smskit
from smskit import TransmitSMS
from smskit_sim.inprocess import SimulatorTransport
from tests.overlay.conftest import SIM, stored, unlimit
from transmitsms_client.models import AddListRequest, AddToListRequest, GetListRequest

BASE = f"{SIM}/transmitsms"


def client(transport: httpx.BaseTransport, **options: object) -> TransmitSMS:
    return TransmitSMS("demo-transmitsms-key", "demo-transmitsms-secret", base_url=BASE, transport=transport,
                       **options)  # type: ignore[arg-type]  # fmt: skip


def test_dropped_numbers_are_found_and_reported(transport: SimulatorTransport, control: httpx.Client) -> None:
    """An opted-out number TransmitSMS skips silently is reported rejected; the others share the message id."""
    unlimit(control, "transmitsms")
    to = ["+61491570156", "+61491579990", "+61491570157"]
    results = client(transport).send(to, "G'day", sender="MyShop")
    assert [r.status for r in results] == ["accepted", "rejected", "accepted"]
    assert isinstance(results[1].error, smskit.InvalidRecipientError)
    assert results[0].message_id == results[2].message_id
    assert sorted(m["recipient"] for m in stored(control, "transmitsms")) == ["61491570156", "61491570157"]


def test_a_thousand_recipients_take_two_requests(transport: SimulatorTransport, control: httpx.Client) -> None:
    """1,000 recipients are packed 500 per request and all accepted once."""
    unlimit(control, "transmitsms")
    results = client(transport).send([f"+614915{i:05d}" for i in range(1000)], "Hi")
    assert all(r.accepted for r in results) and len({r.message_id for r in results}) == 2
    assert len(stored(control, "transmitsms")) == 1000


def test_balance_has_a_currency_and_lists_work(transport: SimulatorTransport) -> None:
    """The balance comes with its currency; a list can be created, filled and read back."""
    sms = client(transport, rate_limit=0)
    balance = sms.balance()
    assert balance.amount > 0 and balance.currency
    created = sms.add_list(AddListRequest(name="VIPs"))
    sms.add_to_list(AddToListRequest(list_id=created.id, msisdn="61491570156"))
    assert sms.get_list(GetListRequest(list_id=created.id)).members_total == 1


def test_wrong_secret(transport: SimulatorTransport) -> None:
    """Wrong credentials are an AuthenticationError carrying TransmitSMS's AUTH_FAILED code."""
    with pytest.raises(smskit.AuthenticationError) as denied:
        TransmitSMS("demo-transmitsms-key", "nope", base_url=BASE, transport=transport).balance()
    assert denied.value.code == "AUTH_FAILED"
