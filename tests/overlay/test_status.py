"""`client.status()`: one normalised delivery state for every provider with a status read, from the provider's
own word (kept as `provider_status`), checked against the simulator's delivery outcomes as its clock moves."""

from __future__ import annotations

import httpx
import pytest

import smskit
from tests.overlay import parity
from tests.overlay.conftest import unlimit
from tests.overlay.demo import PROVIDERS
from tests.overlay.parity import Connect

connect, mode = parity.connect, parity.mode  # the fixtures: each test taking `connect` runs sync and async

READS = ["easify", "transmitsms", "mobyt"]  # the providers whose specs document a status read
# Per provider, a recipient it serves, and the same number ending in 9993 (delivery fails) and 9994 (expires).
SERVED = {"easify": "+1315555", "transmitsms": "+6149157", "mobyt": "+3934712"}
# What an expired message reads as: only Mobyt's read has a word for it (TIMEOUT); Easify says "Undelivered" and
# TransmitSMS's read "failed" (their delivery reports' soft-bounce does not reach the read).
EXPIRED = {"easify": "failed", "transmitsms": "failed", "mobyt": "expired"}


CLASSES = {"easysendsms": smskit.EasySendSMS, "ezzysms": smskit.EzzySMS, "easify": smskit.Easify,
           "transmitsms": smskit.TransmitSMS, "mobyt": smskit.Mobyt}  # fmt: skip


def _client(connect: Connect, provider: str) -> parity.Twin:
    credentials, path, _, _ = PROVIDERS[provider]
    return connect(CLASSES[provider], **credentials, base_url=f"http://127.0.0.1:8787{path}", rate_limit=0)


@pytest.mark.parametrize("provider", READS)
def test_status_follows_the_delivery(provider: str, connect: Connect, control: httpx.Client) -> None:
    unlimit(control, provider)
    sms = _client(connect, provider)
    good, fails, expires = (f"{SERVED[provider]}{end}" for end in ("0100", "9993", "9994"))
    results = [sms.send(n, "Hi")[0] for n in (good, fails, expires)]
    assert [r.status for r in results] == ["accepted"] * 3
    assert {sms.status(r).status for r in results} <= {"pending", "delivered"}  # too early to have failed
    assert control.post("/_sim/clock", json={"advance": 3 * 86400}).status_code == 200
    states = [sms.status(r) for r in results]
    wanted = ["delivered", "failed", EXPIRED[provider]]
    assert [s.status for s in states] == wanted, [s.provider_status for s in states]
    assert all(s.provider == provider and s.message_id == r.message_id for s, r in zip(states, results, strict=True))
    assert all(s.provider_status for s in states)  # the provider's own word, kept
    if provider != "easify":  # Easify's status read names no recipient
        assert [s.recipient for s in states] == [good, fails, expires]


@pytest.mark.parametrize("provider", ["easysendsms", "ezzysms"])
def test_providers_without_a_status_read_say_so(provider: str, connect: Connect, control: httpx.Client) -> None:
    unlimit(control, provider)
    sms = _client(connect, provider)
    with pytest.raises(smskit.UnsupportedOperation):
        sms.status("some-id")


def test_a_result_that_was_not_accepted_has_nothing_to_ask(connect: Connect, control: httpx.Client) -> None:
    sms = _client(connect, "transmitsms")
    (refused,) = sms.send("12", "Hi")
    with pytest.raises(smskit.InputError) as asked:
        sms.status(refused)
    assert asked.value.field == "result"
    with pytest.raises(smskit.InputError) as asked:
        sms.status("400000001")  # one TransmitSMS message may have many recipients: which one?
    assert asked.value.field == "recipient"
