"""The outcome invariants, under damage nobody planned for: hypothesis draws a send and a fault plan.

For random recipients (test numbers that the simulator accepts, refuses, or cannot route, duplicates and
numbers refused locally) on all five providers, sync and async, the simulator damages the answer of a random
request after processing it (garbage, wrong shape, empty, HTML, 204, a proxy's 502 / 504, a dropped
connection, a timeout), fails random follow-up reads, or refuses before processing, with credit to spare or
running out part-way. Whatever happens, checked against what the simulator stored (`/_sim/messages`), never
against the overlay's own account:

- `send()` returns exactly one result per recipient, in order, and raises nothing, except an account-level
  refusal (credentials, permission, credit) while nothing was sent, which carries those results;
- a recipient the provider took is never reported `rejected`;
- an `accepted` recipient was taken;
- nobody is taken twice.

`SMSKIT_INVARIANT_EXAMPLES` sets the scenarios per provider and mode (default 200: 2,000 in all); the deep run
takes 2,000 (20,000 in all) and explores afresh each run instead of the fixed, derandomized default.
"""

from __future__ import annotations

import asyncio
import os
from collections import Counter
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import smskit
from smskit.testing import set_testing
from smskit_sim import create_app
from smskit_sim.faults import DAMAGES
from smskit_sim.inprocess import SimulatorTransport
from tests.overlay.conftest import SIM
from tests.overlay.demo import PROVIDERS

EXAMPLES = int(os.environ.get("SMSKIT_INVARIANT_EXAMPLES", "200"))
DEEP = EXAMPLES > 200

# The send operation, and the follow-up reads a send may make, per provider.
OPERATIONS = {
    "easysendsms": ("sendSms",),
    "ezzysms": ("sendMessage",),
    "easify": ("sendSms",),
    "transmitsms": ("sendSms", "getSmsSent"),
    "mobyt": ("sendSms", "getSmsState", "login"),
}
SENDERS = {"easysendsms": "Shop"}
TEXT = "Your code is 123456"

# Endings the simulator gives a fate (README "Test numbers"): taken, invalid, blacklisted, do-not-disturb,
# unroutable, fails later, landline; and a number refused before any request.
ENDINGS = ["0100", "0101", "0102", "0103", "0104", "9989", "9990", "9991", "9992", "9993", "9998"]
LOCALLY_INVALID = "1234"
# Statuses answered instead of processing: each provider's documented body for it where it has one.
STATUSES = [400, 429, 500, 502, 503, 504, 520]

recipients = st.lists(
    st.one_of(
        st.builds(lambda area, end: f"+1{area}555{end}", st.sampled_from(["415", "212", "646"]),
                  st.sampled_from(ENDINGS)),
        st.just(LOCALLY_INVALID),
    ),
    min_size=1,
    max_size=40,
)  # fmt: skip
# Mostly plenty of credit; sometimes none, or enough for a few messages only (the credit runs out part-way).
balances = st.sampled_from([1e6, 1e6, 1e6, 0.0, 0.1, 3.0, 10.0])


def faults(provider: str) -> st.SearchStrategy[list[dict[str, Any]]]:
    """Up to two faults on the provider's send or follow-up operations, striking a count or a fraction."""
    kind = st.one_of(
        st.fixed_dictionaries({"kind": st.just("damage"), "answer": st.sampled_from(DAMAGES)}),
        st.fixed_dictionaries({"kind": st.just("status"), "status": st.sampled_from(STATUSES)}),
        st.fixed_dictionaries({"kind": st.sampled_from(["drop", "lose_answer"])}),
    )  # fmt: skip
    strike = st.one_of(
        st.fixed_dictionaries({"count": st.integers(1, 3)}),
        st.fixed_dictionaries({"fraction": st.sampled_from([0.3, 0.6, 1.0])}),
    )
    one = st.builds(
        lambda k, s, op: {**k, **s, "provider": provider, "operation": op},
        kind,
        strike,
        st.sampled_from(OPERATIONS[provider]),
    )
    return st.lists(one, max_size=2)


def _digits(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit())


def _taken(message: dict[str, Any]) -> bool:
    """Whether the simulator took a stored message; Mobyt also stores the recipients an order refused at once."""
    return not (message["status"] == "failed" and message["final_at"] == message["created_at"] and not message["cost"])


def check(wanted: list[str], results: list[smskit.RecipientResult], stored: list[dict[str, Any]]) -> None:
    """The invariants, judged by what the simulator stored."""
    assert [r.recipient for r in results] == wanted, "one result per recipient, in order"
    taken = Counter(_digits(m["recipient"]) for m in stored if _taken(m))
    twice = [n for n, count in taken.items() if count > 1]
    assert not twice, f"taken twice: {twice}"
    for result in results:
        assert result.status in ("accepted", "rejected", "unknown")
        number = _digits(result.number) if result.number else None
        was_taken = number is not None and taken[number] > 0
        if result.status == "rejected":
            assert not was_taken, f"{result.recipient} was taken but reported rejected: {result.error!r}"
        if result.accepted:
            assert was_taken, f"{result.recipient} reported accepted but not taken"
        else:
            assert result.error is not None, f"{result.recipient}: {result.status} without a reason"


def _options(provider: str) -> dict[str, Any]:
    credentials, path, _, _ = PROVIDERS[provider]
    # Every client-side wait passes virtually (testing switch); the simulator's own limits are off.
    return {**credentials, "base_url": SIM + path, "rate_limit": 0}


def _prepare(control: httpx.Client, provider: str, plan: list[dict[str, Any]], balance: float) -> None:
    assert control.post("/_sim/reset").status_code == 200
    account = control.get("/_sim/accounts", params={"provider": provider}).json()["accounts"][0]["account_id"]
    settled = control.patch(f"/_sim/accounts/{account}", json={"rate_limit_scale": 0, "balance": balance})
    assert settled.status_code == 200, settled.text
    if plan:
        added = control.post("/_sim/faults", json=plan)
        assert added.status_code == 201, added.text


def _stored(control: httpx.Client, provider: str) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = control.get("/_sim/messages", params={"provider": provider}).json()["messages"]
    return messages


SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not DEEP,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@pytest.fixture(autouse=True)
def _virtual_time() -> Any:
    set_testing(True)
    yield
    set_testing(False)


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("provider", sorted(PROVIDERS))
def test_sends_never_lie(provider: str, mode: str) -> None:
    """Under any drawn damage, every recipient has one truthful result and none is taken twice: sync clients, and
    async ones with their batches gathered concurrently."""
    app = create_app()
    transport = SimulatorTransport(app)
    control = httpx.Client(transport=transport, base_url=SIM)
    sync_client = smskit.client(provider, transport=transport, **_options(provider))
    scenarios = 0

    async def send_async(wanted: list[str]) -> list[smskit.RecipientResult]:
        async with smskit.async_client(provider, transport=httpx.ASGITransport(app), **_options(provider)) as sms:
            return await sms.send(wanted, TEXT, sender=SENDERS.get(provider))

    def send(wanted: list[str]) -> list[smskit.RecipientResult]:
        try:
            if mode == "async":
                return asyncio.run(send_async(wanted))
            return sync_client.send(wanted, TEXT, sender=SENDERS.get(provider))
        except (smskit.AuthenticationError, smskit.PermissionDeniedError, smskit.InsufficientCreditError) as refused:
            results = refused.results
        assert results is not None, "an account-level refusal without the send's results"
        assert all(r.status == "rejected" for r in results), "raised though someone may have been sent"
        return list(results)

    @SETTINGS
    @given(wanted=recipients, plan=faults(provider), balance=balances)
    def scenario(wanted: list[str], plan: list[dict[str, Any]], balance: float) -> None:
        nonlocal scenarios
        scenarios += 1
        _prepare(control, provider, plan, balance)
        check(wanted, send(wanted), _stored(control, provider))

    try:
        scenario()
    finally:
        sync_client.close()
        control.close()
        transport.close()
    assert scenarios >= EXAMPLES
