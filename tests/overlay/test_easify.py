"""Easify through the overlay: one request per recipient, country rules, its 429 wording."""

from __future__ import annotations

import httpx
import pytest

import smskit
from smskit import Easify
from smskit_sim.inprocess import SimulatorTransport
from tests.overlay.conftest import SIM, stored

BASE = f"{SIM}/easify/api/v2"


def client(transport: httpx.BaseTransport, **options: object) -> Easify:
    return Easify("demo-easify-token", from_number="+13205550100", base_url=BASE, transport=transport,
                  **options)  # type: ignore[arg-type]  # fmt: skip


def test_send_per_recipient_with_country_rules(transport: SimulatorTransport, control: httpx.Client) -> None:
    """US and UK numbers go out one per request; a German one is refused locally; a blacklisted one by Easify."""
    to = ["+13155550100", "+447700900123", "+4915112345678", "+13155559990"]
    results = client(transport).send(to, "Hai")
    assert [r.status for r in results] == ["accepted", "accepted", "rejected", "rejected"]
    assert isinstance(results[2].error, smskit.InputError) and results[2].error.rule == "country_code"
    assert isinstance(results[3].error, smskit.BlacklistedError)
    assert sorted(m["recipient"] for m in stored(control, "easify")) == ["+13155550100", "+447700900123"]
    assert client(transport).get_sms_status(sms_id=results[0].message_id or "").data.status


@pytest.mark.usefixtures("no_sleep")
def test_429_wait_is_read_from_the_message(transport: SimulatorTransport) -> None:
    """Past 15 sends a minute, the wait in "Try again in N seconds" is honoured, then surfaced with it."""
    sms = client(transport, rate_limit=0, max_retries=1)
    results = sms.send([f"+1315555{i:04d}" for i in range(16)], "Hai")
    assert [r.status for r in results].count("accepted") == 15
    (limited,) = [r.error for r in results if r.error]
    assert isinstance(limited, smskit.RateLimitedError) and limited.retry_after and limited.retry_after > 0
    assert smskit.testing.slept() and max(smskit.testing.slept()) > 1


def test_no_balance_and_no_scheduling(transport: SimulatorTransport) -> None:
    """What Easify does not document is a clear UnsupportedOperation, not an AttributeError."""
    import datetime as dt

    sms = client(transport)
    with pytest.raises(smskit.UnsupportedOperation):
        sms.balance()
    with pytest.raises(smskit.UnsupportedOperation):
        sms.send("+13155550100", "Hai", schedule_at=dt.datetime(2030, 1, 1, tzinfo=dt.UTC))
