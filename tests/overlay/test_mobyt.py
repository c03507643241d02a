"""Mobyt through the overlay: lazy login, session expiry, order references and per-recipient attribution."""

from __future__ import annotations

import datetime as dt

import httpx
import pytest

import smskit
from smskit import Mobyt
from smskit_sim.inprocess import SimulatorTransport
from tests.overlay.conftest import SIM, stored

BASE = f"{SIM}/mobyt/API/v1.0/REST"


def client(transport: httpx.BaseTransport, **options: object) -> Mobyt:
    return Mobyt("demo-mobyt", "demo-mobyt-password", base_url=BASE, transport=transport, **options)  # type: ignore[arg-type]


def test_refused_numbers_are_attributed_from_the_order(transport: SimulatorTransport, control: httpx.Client) -> None:
    """A blacklisted and an unroutable number are rejected by name; the rest share the order id as reference."""
    results = client(transport).send(["+393471234567", "+393471239990", "+393471239992"], "Ciao", sender="Shop")
    assert [r.status for r in results] == ["accepted", "rejected", "rejected"]
    assert isinstance(results[1].error, smskit.BlacklistedError)
    assert isinstance(results[2].error, smskit.InvalidRecipientError)
    assert len({r.reference for r in results}) == 1 and results[0].reference
    delivered = [m for m in stored(control, "mobyt") if m["status"] not in ("failed",)]
    assert [m["recipient"] for m in delivered] == ["+393471234567"]


def test_an_expired_session_is_renewed_once(transport: SimulatorTransport, control: httpx.Client) -> None:
    """After 5 idle minutes the session is gone: the client logs in again and the call succeeds."""
    sms = client(transport)
    assert sms.balance().amount > 0
    control.post("/_sim/clock", json={"advance": 301})
    assert sms.balance().amount > 0


def test_token_mode_and_wrong_credentials(transport: SimulatorTransport) -> None:
    """An access token works like a session; wrong credentials surface the login's own 404."""
    assert client(transport, token=True).get_status().sms
    wrong = Mobyt("demo-mobyt", "nope", base_url=BASE, transport=transport)
    with pytest.raises(smskit.APIError) as denied:
        wrong.balance()
    assert denied.value.status_code == 404


@pytest.mark.usefixtures("no_sleep")
def test_a_lost_answer_keeps_the_order_id_to_check(transport: SimulatorTransport, control: httpx.Client) -> None:
    """When the answer is lost the order went through; its reference finds it, and it was not sent twice."""
    sms = client(transport)
    sms.balance()  # log in before the fault, so it strikes the send
    control.post("/_sim/faults", json={"kind": "lose_answer", "provider": "mobyt", "operation": "sendSms", "count": 1})
    (result,) = sms.send("+393471234567", "Ciao")
    assert result.status == "unknown" and isinstance(result.error, smskit.OutcomeUnknownError)
    assert result.reference and result.error.reference == result.reference
    assert sms.get_sms_state(result.reference).recipients[0].destination == "+393471234567"
    assert len(stored(control, "mobyt")) == 1


def test_scheduled_order_can_be_cancelled(transport: SimulatorTransport, control: httpx.Client) -> None:
    """A scheduled send is an order that can be cancelled before it leaves."""
    sms = client(transport)
    when = dt.datetime.now(dt.UTC) + dt.timedelta(days=400)
    (result,) = sms.send("+393471234567", "Later", schedule_at=when)
    assert result.accepted and result.reference
    assert sms.cancel_sms(result.reference).result == "OK"
    with pytest.raises(smskit.NotFoundError):
        sms.get_sms_state(result.reference)


def test_sender_needs_message_type_n(transport: SimulatorTransport) -> None:
    """Custom senders are only for high-quality messages: refused locally for L."""
    with pytest.raises(smskit.InputError, match="message type N"):
        client(transport, message_type="L").send("+393471234567", "Ciao", sender="Shop")
