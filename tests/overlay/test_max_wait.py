"""`max_wait` bounds every wait before a retry, Retry-After included: a one-time code a minute late is worthless.

Easify answers a 429 with "Too many requests. Try again in 59 seconds" (its documented body, which the simulator
serves for a 429 fault): by default smskit waits the 59 s and retries; with `max_wait=5`, per call or per
client, it does not wait at all and reports the refusal (not sent: `rejected`, `retry_after` 59).
"""

from __future__ import annotations

import httpx
import pytest

import smskit
from smskit.testing import slept
from smskit_sim.inprocess import SimulatorTransport
from tests.overlay.conftest import SIM, unlimit
from tests.overlay.demo import PROVIDERS

CREDENTIALS, PATH, RECIPIENT, _ = PROVIDERS["easify"]


def _refuse_once(control: httpx.Client) -> None:
    unlimit(control, "easify")
    fault = {"provider": "easify", "operation": "sendSms", "kind": "status", "status": 429, "count": 1}
    assert control.post("/_sim/faults", json=fault).status_code == 201


def _easify(transport: SimulatorTransport, **options: object) -> smskit.Easify:
    return smskit.Easify(**CREDENTIALS, base_url=SIM + PATH, transport=transport, rate_limit=0, **options)


@pytest.mark.usefixtures("no_sleep")
def test_by_default_the_provider_s_stated_wait_is_waited(transport: SimulatorTransport, control: httpx.Client) -> None:
    _refuse_once(control)
    (result,) = _easify(transport).send(RECIPIENT, "Your code is 123456")
    assert result.status == "accepted" and slept() == [59.0]


@pytest.mark.usefixtures("no_sleep")
def test_max_wait_per_call_refuses_to_wait_longer(transport: SimulatorTransport, control: httpx.Client) -> None:
    _refuse_once(control)
    (result,) = _easify(transport).send(RECIPIENT, "Your code is 123456", max_wait=5)
    assert result.status == "rejected" and isinstance(result.error, smskit.RateLimitedError)
    assert result.error.retry_after == 59.0 and slept() == []


@pytest.mark.usefixtures("no_sleep")
def test_max_wait_as_a_client_option(transport: SimulatorTransport, control: httpx.Client) -> None:
    _refuse_once(control)
    (result,) = _easify(transport, max_wait=5).send(RECIPIENT, "Your code is 123456")
    assert result.status == "rejected" and slept() == []
    (again,) = _easify(transport, max_wait=5).send(RECIPIENT, "Your code is 123456", max_wait=60)
    assert again.status == "accepted"  # no fault left: the call's own bound never had to be used


@pytest.mark.parametrize("bad", [-1, float("nan"), float("inf"), "5", True])
def test_a_bad_max_wait_is_refused_before_any_request(bad: object, transport: SimulatorTransport) -> None:
    with pytest.raises(smskit.InputError) as refused:
        _easify(transport, max_wait=bad)
    assert refused.value.field == "max_wait"
    with pytest.raises(smskit.InputError) as refused:
        _easify(transport).send(RECIPIENT, "Hi", max_wait=bad)  # type: ignore[arg-type]
    assert refused.value.field == "max_wait"
