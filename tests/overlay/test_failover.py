"""smskit.failover: the next provider gets only the recipients the previous one provably did not take.

Judged by what the simulator stored for every provider (`/_sim/messages`), never by the failover's own account.
"""

from __future__ import annotations

import asyncio
import socket
from collections import Counter
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

import smskit
from smskit.testing import set_testing
from smskit_sim import create_app
from smskit_sim.inprocess import SimulatorTransport
from tests.overlay.conftest import SIM
from tests.overlay.demo import PROVIDERS

PRIMARY, SECONDARY = "easysendsms", "transmitsms"
NUMBERS = [f"+1415555{1000 + i:04d}" for i in range(1000)]
# The primary's sends go wrong in every way the simulator knows: refused before processing (429, so the provider
# provably did not send), processed and then the answer lost, the connection dropped, the answer damaged.
PRIMARY_FAULTS = [
    {"kind": "status", "status": 429, "fraction": 0.3},
    {"kind": "lose_answer", "fraction": 0.15},
    {"kind": "drop", "fraction": 0.1},
    {"kind": "damage", "answer": "garbage", "fraction": 0.1},
]


@pytest.fixture(autouse=True)
def _virtual_time() -> Any:
    set_testing(True)
    yield
    set_testing(False)


def _options(provider: str, **extra: Any) -> dict[str, Any]:
    credentials, path, _, _ = PROVIDERS[provider]
    return {**credentials, "base_url": SIM + path, "rate_limit": 0, "max_retries": 0, **extra}


def _prepare(app: Starlette, faults: list[dict[str, Any]]) -> httpx.Client:
    control = httpx.Client(transport=SimulatorTransport(app), base_url=SIM)
    for provider in (PRIMARY, SECONDARY, "easify"):
        account = control.get("/_sim/accounts", params={"provider": provider}).json()["accounts"][0]["account_id"]
        control.patch(f"/_sim/accounts/{account}", json={"rate_limit_scale": 0, "balance": 1e9})
    for fault in faults:
        assert control.post("/_sim/faults", json={"provider": PRIMARY, "operation": "sendSms", **fault}).is_success
    return control


def _stored(control: httpx.Client) -> dict[str, Counter[str]]:
    """Per provider, how often each number (digits) was taken."""
    out: dict[str, Counter[str]] = {}
    for provider in (PRIMARY, SECONDARY, "easify"):
        messages = control.get("/_sim/messages", params={"provider": provider}).json()["messages"]
        out[provider] = Counter("".join(c for c in m["recipient"] if c.isdigit()) for m in messages)
    return out


def _check(wanted: list[str], results: list[smskit.RecipientResult], stored: dict[str, Counter[str]]) -> None:
    """0 duplicates across providers, 0 lost, and each result true to what its provider stored."""
    assert [r.recipient for r in results] == wanted, "one result per recipient, in order"
    everywhere = sum(stored.values(), Counter())
    assert not [n for n, count in everywhere.items() if count > 1], "someone was texted twice"
    for result in results:
        digits = result.recipient.lstrip("+")
        assert result.provider in stored
        if result.status == "accepted":
            assert stored[result.provider][digits] == 1, f"{result.recipient} accepted but not taken"
        elif result.status == "rejected":
            assert everywhere[digits] == 0, f"{result.recipient} taken somewhere but reported rejected"
        else:  # unknown: it may have been sent by that provider, so it never moved on
            assert result.provider == PRIMARY and stored[SECONDARY][digits] == 0


def _moved(results: list[smskit.RecipientResult]) -> int:
    return sum(1 for r in results if r.provider == SECONDARY)


def test_under_primary_faults_nobody_is_texted_twice_or_lost_sync() -> None:
    app = create_app()
    control = _prepare(app, PRIMARY_FAULTS)
    transport = SimulatorTransport(app)
    primary = smskit.client(PRIMARY, transport=transport, **_options(PRIMARY))
    secondary = smskit.client(SECONDARY, transport=transport, **_options(SECONDARY))
    with smskit.failover([primary, secondary]) as both:
        results = both.send(NUMBERS, "Your code is 123456", sender="Shop")
    _check(NUMBERS, results, _stored(control))
    assert _moved(results) >= 200 and results.unknown  # the 429s moved on; the lost answers stayed unknown


def test_under_primary_faults_nobody_is_texted_twice_or_lost_async() -> None:
    app = create_app()
    control = _prepare(app, PRIMARY_FAULTS)

    async def run() -> smskit.SendResults:
        primary = smskit.async_client(PRIMARY, transport=httpx.ASGITransport(app), **_options(PRIMARY))
        secondary = smskit.async_client(SECONDARY, transport=httpx.ASGITransport(app), **_options(SECONDARY))
        async with smskit.async_failover([primary, secondary]) as both:
            return await both.send(NUMBERS, "Your code is 123456", sender="Shop")

    results = asyncio.run(run())
    _check(NUMBERS, results, _stored(control))
    assert _moved(results) >= 200 and results.unknown


def test_a_primary_that_cannot_be_reached_hands_everyone_on() -> None:
    """Never connected: nothing was sent, so every recipient goes to the secondary, once."""
    app = create_app()
    control = _prepare(app, [])
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    primary = smskit.client(PRIMARY, **{**_options(PRIMARY), "base_url": f"http://127.0.0.1:{port}"})
    secondary = smskit.client(SECONDARY, transport=SimulatorTransport(app), **_options(SECONDARY))
    with smskit.failover([primary, secondary]) as both:
        results = both.send(NUMBERS[:50], "Hi", sender="Shop")
    _check(NUMBERS[:50], results, _stored(control))
    assert {r.provider for r in results} == {SECONDARY} and len(results.accepted) == 50


def test_a_wrong_key_at_the_primary_moves_everyone_and_an_opted_out_number_never_moves() -> None:
    """An account refusal is about the provider: everyone moves. A blacklisted number is about the person: it
    stays rejected, and the secondary never texts it."""
    app = create_app()
    control = _prepare(app, [])
    transport = SimulatorTransport(app)
    secondary = smskit.client(SECONDARY, transport=transport, **_options(SECONDARY))
    wrong = smskit.client(PRIMARY, transport=transport, **_options(PRIMARY, api_key="not-the-key"))
    with smskit.failover([wrong, secondary]) as both:
        results = both.send(NUMBERS[:3], "Hi", sender="Shop")
    assert {r.provider for r in results} == {SECONDARY} and len(results.accepted) == 3
    # TransmitSMS drops opted-out numbers silently (README "Test numbers": 9990), and says so only as "not
    # among the message's recipients", as for an invalid one: that never moves to another provider.
    transport = SimulatorTransport(app)  # the first failover's `with` closed its clients and their transport
    primary = smskit.client(PRIMARY, transport=transport, **_options(PRIMARY))
    secondary = smskit.client(SECONDARY, transport=transport, **_options(SECONDARY))
    opted_out = "+14155559990"
    results = smskit.failover([secondary, primary]).send([opted_out, NUMBERS[7]], "Hi", sender="Shop")
    assert [r.provider for r in results] == [SECONDARY, SECONDARY]
    assert results[0].status == "rejected", repr(results[0].error)
    assert isinstance(results[0].error, smskit.InvalidRecipientError)
    assert _stored(control)[PRIMARY][opted_out.lstrip("+")] == 0


def test_routes_send_a_country_to_its_provider_first_and_local_refusals_move_on() -> None:
    """Easify serves +1, +972 and +44 only: routed first for +1, a +61 number is refused by it locally (no
    request) and goes to the next provider."""
    app = create_app()
    control = _prepare(app, [])
    transport = SimulatorTransport(app)
    easify = smskit.client("easify", transport=transport, **_options("easify"))
    secondary = smskit.client(SECONDARY, transport=transport, **_options(SECONDARY))
    both = smskit.failover([easify, secondary], routes={"+61": [secondary]})
    results = both.send(["+13155550100", "+61491570156", "+4915123456789"], "Hi")
    assert [r.provider for r in results] == ["easify", SECONDARY, SECONDARY]
    assert [r.status for r in results] == ["accepted"] * 3
    _check(["+13155550100", "+61491570156", "+4915123456789"], results, _stored(control))


def test_bad_input_for_the_first_provider_raises_before_any_request() -> None:
    app = create_app()
    control = _prepare(app, [])
    transport = SimulatorTransport(app)
    primary = smskit.client(PRIMARY, transport=transport, **_options(PRIMARY))
    secondary = smskit.client(SECONDARY, transport=transport, **_options(SECONDARY))
    with pytest.raises(smskit.InputError) as refused:
        smskit.failover([primary, secondary]).send(NUMBERS[:2], "Hi")  # EasySendSMS needs a sender
    assert refused.value.field == "sender"
    assert sum(_stored(control).values(), Counter()) == Counter()
    with pytest.raises(smskit.InputError):
        smskit.failover([])


def test_a_closed_client_raises_before_sending_anything() -> None:
    """A client closed by its failover's `with` (or by hand) refuses at once: nothing was sent, so the answer is
    an error, not `unknown` results."""
    app = create_app()
    control = _prepare(app, [])
    secondary = smskit.client(SECONDARY, transport=SimulatorTransport(app), **_options(SECONDARY))
    with smskit.failover([secondary]) as only:
        only.send(NUMBERS[0], "Hi")
    with pytest.raises(smskit.ClosedError):
        secondary.send(NUMBERS[1], "Hi")
    with pytest.raises(smskit.ClosedError):
        secondary.balance()
    assert sum(_stored(control).values(), Counter()) == Counter({NUMBERS[0].lstrip("+"): 1})
