"""EzzySMS through the overlay: one recipient per request, exact per-recipient results."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

import smskit
from smskit import EzzySMS
from smskit_sim.inprocess import SimulatorTransport
from tests.overlay.conftest import SIM, settle, stored, unlimit

BASE = f"{SIM}/ezzysms/api/v1"


def client(transport: httpx.BaseTransport) -> EzzySMS:
    return EzzySMS("demo-ezzysms", "demo-ezzysms-password", base_url=BASE, transport=transport)


def test_each_recipient_gets_its_own_answer(transport: SimulatorTransport, control: httpx.Client) -> None:
    """A blacklisted and a landline number are rejected with their own errors; the others are sent once."""
    unlimit(control, "ezzysms")
    to = ["+256712345670", "+256712349990", "+256712349998", "+256712345671", "+256712345670"]
    results = client(transport).send(to, "Your code is 123456", sender="MyApp")
    assert [r.status for r in results] == ["accepted", "rejected", "rejected", "accepted", "accepted"]
    assert isinstance(results[1].error, smskit.BlacklistedError) and results[1].error.status_code == 406
    assert isinstance(results[2].error, smskit.InvalidRecipientError) and results[2].error.code == 404
    assert sorted(m["recipient"] for m in stored(control, "ezzysms")) == ["+256712345670", "+256712345671"]


def test_limits_are_checked_before_any_request(transport: SimulatorTransport, control: httpx.Client) -> None:
    """161 GSM characters and a schedule are refused locally: one SMS per request, no scheduling."""
    sms = client(transport)
    with pytest.raises(smskit.InputError) as too_long:
        sms.send("+256712345670", "a" * 161)
    assert (too_long.value.field, too_long.value.rule) == ("text", "max_parts")
    with pytest.raises(smskit.UnsupportedOperation):
        sms.send("+256712345670", "Hi", schedule_at=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
    assert stored(control, "ezzysms") == []


def test_balance_and_credentials_errors(transport: SimulatorTransport) -> None:
    """The balance reads as a number; wrong credentials are an AuthenticationError with status 401."""
    assert client(transport).balance().amount == 1000
    wrong = EzzySMS("demo-ezzysms", "wrong", base_url=BASE, transport=transport)
    with pytest.raises(smskit.AuthenticationError) as denied:
        wrong.balance()
    assert denied.value.status_code == 401


def test_insufficient_balance_is_its_own_error(transport: SimulatorTransport, control: httpx.Client) -> None:
    """EzzySMS's 405 means InsufficientBalance, not a method error: the spec's table says so."""
    settle(control, "ezzysms", balance=0)
    (result,) = client(transport).send("+256712345670", "Hi")
    assert isinstance(result.error, smskit.InsufficientCreditError) and result.error.status_code == 405
