"""The typed control client (`smskit_sim.testing`), sync and async, in-process and over a real socket.

One scenario runs four ways; it awaits only what the async client returns, so the sync and the async client
(generated from it by tools/unasync.py) are held to the same answers. Messages are sent with the real SDK.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import inspect
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import smskit
from smskit_sim import create_app
from smskit_sim.inprocess import SimulatorTransport
from smskit_sim.testing import AsyncSimControl, SimControl, SimControlError
from smskit_sim.threaded import serve_in_thread
from smskit_specs import PROVIDERS
from tests.overlay.demo import DEMO

START = dt.datetime(2026, 1, 1, 12, 0, tzinfo=dt.UTC)
SenderFactory = Callable[[str], smskit.EasySendSMS]


async def ready(value: Any) -> Any:
    """The value a call gave: awaited for the async client, as it is for the sync one."""
    return await value if inspect.isawaitable(value) else value


@pytest.fixture(params=["sync-in-process", "async-in-process", "sync-socket", "async-socket"])
def reach(request: pytest.FixtureRequest) -> Iterator[tuple[SimControl | AsyncSimControl, SenderFactory]]:
    """A control client, and an SDK client factory reaching the same simulator the same way."""
    app = create_app()
    mode, where = request.param.split("-", 1)
    if where == "in-process":
        bridge = SimulatorTransport(app)
        control: SimControl | AsyncSimControl = SimControl(transport=bridge.lend()) if mode == "sync" else (
            AsyncSimControl.in_process(app))  # fmt: skip
        yield control, lambda url: smskit.EasySendSMS(**DEMO["easysendsms"], base_url=url, transport=bridge.lend())
        bridge.close()
        return
    with serve_in_thread(app) as url:
        control = SimControl(url) if mode == "sync" else AsyncSimControl(url)
        yield control, lambda base: smskit.EasySendSMS(**DEMO["easysendsms"], base_url=base)


def test_every_call_answers_typed_and_the_same_every_way(reach: tuple[Any, SenderFactory]) -> None:
    control, sdk = reach

    async def scenario() -> None:
        try:
            await calls()
        finally:  # in the loop that opened its connections
            await ready(control.aclose() if isinstance(control, AsyncSimControl) else control.close())

    async def calls() -> None:
        accounts = await ready(control.reset(clock="2026-01-01T12:00:00Z"))
        assert [a.provider for a in accounts] == list(PROVIDERS)
        assert await ready(control.now()) == START
        demo = await ready(control.demo_account("easysendsms"))
        assert demo.credentials == {"api_key": DEMO["easysendsms"]["api_key"]} and demo.balance == 1000

        # Accounts: chosen credentials, a clash (409 naming the field), PATCH, and None unsetting a webhook.
        key = "0123456789abcdef" * 2
        made = await ready(control.create_account("transmitsms", credentials={"api_key": key}, balance=5))
        assert made.credentials["api_key"] == key and made.balance == 5 and made.provider == "transmitsms"
        with pytest.raises(SimControlError) as clash:
            await ready(control.create_account("transmitsms", credentials={"api_key": key}))
        assert clash.value.status == 409 and "api_key" in clash.value.error
        changed = await ready(control.update_account(made.account_id, balance=7, webhook_url="http://127.0.0.1:9/x"))
        assert changed.balance == 7 and changed.webhook_url == "http://127.0.0.1:9/x"
        unset = await ready(control.update_account(made.account_id, webhook_url=None))
        assert unset.webhook_url is None
        assert len(await ready(control.accounts("transmitsms"))) == 2

        # Messages, sent with the SDK, filtered by provider, recipient (separators ignored) and status.
        await ready(control.update_account(demo.account_id, webhook_url="http://127.0.0.1:9/dlr"))
        with sdk(control.base_url("easysendsms")) as client:
            sent = client.send(["+14155550100", "+14155550101"], "Your code is 123456", sender="Shop")
        assert [r.status for r in sent] == ["accepted", "accepted"]
        everything = await ready(control.messages())
        assert [m.recipient for m in everything] == ["14155550100", "14155550101"]
        (one,) = await ready(control.messages("easysendsms", recipient="+1 415-555-0100"))
        assert one.text == "Your code is 123456" and one.status == "queued" and one.created_at == START
        assert one.segments == 1 and one.encoding == "gsm" and one.id == sent[0].message_id
        assert await ready(control.messages("mobyt")) == []
        assert await ready(control.messages(status="delivered")) == []
        finished = await ready(control.advance(60))
        assert {m.status for m in finished} == {"delivered"} and len(finished) == 2
        assert len(await ready(control.messages(status="delivered"))) == 2
        assert (await ready(control.messages(recipient="14155550101")))[0].final_at is not None

        # The delivery reports went to the dead webhook: each attempt is logged with its error.
        callbacks = await ready(control.callbacks("easysendsms"))
        assert callbacks and {c.url for c in callbacks} == {"http://127.0.0.1:9/dlr"}
        assert all(c.error for c in callbacks) and callbacks[0].attempt == 1
        assert await ready(control.callbacks("mobyt")) == []

        # The clock: forward to an instant; backwards is refused, naming the field.
        await ready(control.set_clock(START + dt.timedelta(hours=2)))
        assert await ready(control.now()) == START + dt.timedelta(hours=2)
        with pytest.raises(SimControlError) as backwards:
            await ready(control.set_clock("2026-01-01T00:00:00Z"))
        assert backwards.value.status == 400 and "`to`" in backwards.value.error

        # Faults: added (checked by the simulator too), listed, struck, cleared.
        fault = await ready(control.add_fault("status", provider="easysendsms", operation="sendSms", status=500,
                                              count=1))  # fmt: skip
        assert (fault.kind, fault.status, fault.count, fault.hits) == ("status", 500, 1, 0)
        assert [f.id for f in await ready(control.faults())] == [fault.id]
        with pytest.raises(SimControlError) as incomplete:
            await ready(control.add_fault("status", provider="easysendsms"))
        assert "`status`: required" in incomplete.value.error
        with sdk(control.base_url("easysendsms")) as client:
            struck = client.send("+14155550102", "Hi", sender="Shop")
        assert struck[0].status != "accepted" and await ready(control.faults()) == []
        await ready(control.add_fault("drop", provider="mobyt"))
        await ready(control.clear_faults("mobyt"))
        assert await ready(control.faults()) == []

        # Inbound: Easify's demo number receives a reply; an unknown number is refused, and not listed.
        recorded = await ready(control.inject_inbound("easify", sender="+13151350000", to="+13205550100", text="Yes"))
        assert recorded["message"] == "Yes"
        with pytest.raises(SimControlError) as nobody:
            await ready(control.inject_inbound("easify", sender="+13151350000", to="+13209999999", text="x"))
        assert nobody.value.status == 400
        with pytest.raises(SimControlError):  # TransmitSMS sent it nothing to answer
            await ready(control.inject_inbound("transmitsms", sender="+61491570156", to="61429997672", text="No",
                                               reply_to=999))  # fmt: skip
        await ready(control.inject_inbound("transmitsms", sender="+61491570156", to="61429997672", text="STOP"))
        easify, transmitsms = await ready(control.inbound())  # oldest first, the refused ones not listed
        receiver = await ready(control.demo_account("easify"))
        assert (easify.provider, easify.account_id) == ("easify", receiver.account_id)
        assert (easify.from_, easify.to, easify.text, easify.reply_to) == ("+13151350000", "+13205550100", "Yes", None)
        assert easify.received_at == START + dt.timedelta(hours=2) and easify.recorded == recorded
        assert (transmitsms.provider, transmitsms.from_, transmitsms.text) == ("transmitsms", "+61491570156", "STOP")
        assert transmitsms.recorded["is_optout"] is True
        assert await ready(control.inbound("easify")) == [easify] and await ready(control.inbound("mobyt")) == []

        assert len(await ready(control.reset())) == len(PROVIDERS) and await ready(control.messages()) == []
        assert await ready(control.inbound()) == []

    asyncio.run(scenario())


@pytest.mark.parametrize("control", [SimControl("http://127.0.0.1:9"), AsyncSimControl("http://127.0.0.1:9")])
def test_an_unknown_operation_is_refused_before_any_request(control: SimControl | AsyncSimControl) -> None:
    """Nothing listens on port 9: a request would raise httpx.ConnectError. The ValueError names the valid ones."""
    with pytest.raises(ValueError, match="not an operationId of mobyt's spec") as refused:
        asyncio.run(ready(control.add_fault("drop", provider="mobyt", operation="send")))
    assert "sendSms" in str(refused.value) and "login" in str(refused.value)
    with pytest.raises(ValueError, match="any provider's spec"):
        asyncio.run(ready(control.add_fault("drop", operation="nope")))
    with pytest.raises(httpx.ConnectError):  # a valid one does go out
        asyncio.run(ready(control.add_fault("drop", provider="mobyt", operation="sendSms")))


def test_base_urls_are_the_specs_simulator_servers() -> None:
    control = SimControl("http://127.0.0.1:41000/")
    assert control.base_url("mobyt") == "http://127.0.0.1:41000/mobyt/API/v1.0/REST"
    assert control.base_url("easysendsms") == "http://127.0.0.1:41000/easysendsms"
