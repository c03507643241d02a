"""The OTP service against smskit's simulator: the codes really leave as SMS, and the simulator shows them."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from otp_app import CodeNotSent, OtpService, from_env

import smskit
from smskit_sim.testing import SimControl

PHONE = "+14155550100"


def code_in(sim: SimControl, phone: str) -> str:
    """The code in the last SMS the simulator accepted for `phone`."""
    found = re.search(r"\b(\d{6})\b", sim.messages(recipient=phone)[-1].text)
    assert found, "no code in the SMS"
    return found.group(1)


def test_the_code_arrives_and_works_once(smskit_sim: SimControl, smskit_easysendsms: smskit.EasySendSMS) -> None:
    service = OtpService(smskit_easysendsms, sender="Shop")
    assert service.send_code(PHONE) == "accepted"
    code = code_in(smskit_sim, PHONE)
    assert service.verify("+1 415-555-0100", code)
    assert not service.verify(PHONE, code)


def test_a_wrong_code_fails_and_guesses_run_out(smskit_sim: SimControl, smskit_transmitsms: smskit.TransmitSMS) -> None:
    service = OtpService(smskit_transmitsms, max_attempts=2)
    service.send_code("+61491570156")
    code = code_in(smskit_sim, "+61491570156")
    wrong = f"{(int(code) + 1) % 10**6:06d}"
    assert not service.verify("+61491570156", wrong) and not service.verify("+61491570156", wrong)
    assert not service.verify("+61491570156", code)  # two guesses spent: even the right code is refused now


def test_a_code_expires(smskit_sim: SimControl, smskit_mobyt: smskit.Mobyt) -> None:
    now = [dt.datetime(2026, 1, 1, 12, tzinfo=dt.UTC)]
    service = OtpService(smskit_mobyt, ttl=dt.timedelta(minutes=5), clock=lambda: now[0])
    service.send_code("+393471234567")
    assert "expires in 5 minutes" in smskit_sim.messages(recipient="+393471234567")[0].text
    now[0] += dt.timedelta(minutes=5)
    assert not service.verify("+393471234567", code_in(smskit_sim, "+393471234567"))


def test_a_number_the_gateway_refuses_is_an_error_and_nothing_is_sent(
    smskit_sim: SimControl, smskit_easysendsms: smskit.EasySendSMS
) -> None:
    service = OtpService(smskit_easysendsms, sender="Shop")
    with pytest.raises(CodeNotSent):
        service.send_code("+14155559989")  # the simulator's test number the numbering check refuses
    with pytest.raises(CodeNotSent, match="not a possible phone number"):  # refused before any request
        service.send_code("+1 555")
    assert smskit_sim.messages() == []
    assert not service.verify("+14155559989", "000000")


@pytest.mark.smskit_sim(faults=[{"kind": "lose_answer", "provider": "easysendsms", "operation": "sendSms"}])
def test_a_lost_answer_is_unknown_not_an_error(smskit_sim: SimControl, smskit_easysendsms: smskit.EasySendSMS) -> None:
    """The gateway took the SMS but the answer never came back: the code is on its way, so it must work."""
    service = OtpService(smskit_easysendsms, sender="Shop")
    assert service.send_code(PHONE) == "unknown"
    assert len(smskit_sim.messages(recipient=PHONE)) == 1  # sent once: an unknown send is never retried
    assert service.verify(PHONE, code_in(smskit_sim, PHONE))


def test_configured_by_environment_against_a_real_socket(
    smskit_sim_server: SimControl, monkeypatch: pytest.MonkeyPatch
) -> None:
    account = smskit_sim_server.demo_account("easysendsms")
    monkeypatch.setenv("OTP_SMS_PROVIDER", "easysendsms")
    monkeypatch.setenv("OTP_SMS_BASE_URL", smskit_sim_server.base_url("easysendsms"))
    monkeypatch.setenv("EASYSENDSMS_API_KEY", account.credentials["api_key"])
    service = from_env(sender="Shop")
    assert service.send_code(PHONE) == "accepted"
    assert service.verify(PHONE, code_in(smskit_sim_server, PHONE))
