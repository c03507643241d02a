"""Every request of a JSON operation says so: `Accept: application/json`, as the providers' documents list it.

Easify answers like a Laravel app: without a JSON `Accept`, validation and authentication failures come back
as redirects to an HTML page instead of the documented 422 / 401 JSON. httpx's own default is `*/*`.
"""

from __future__ import annotations

import importlib
from typing import Any

import httpx
import pytest

import smskit
from smskit_sim.inprocess import SimulatorTransport
from tests.overlay.conftest import SIM, unlimit
from tests.overlay.demo import PROVIDERS


def _answers_json(provider: str, method: str, path: str) -> bool:
    """Whether the spec gives the operation at (method, path below the base URL) a JSON 2xx answer."""
    op = importlib.import_module(f"smskit_specs.{provider}").PROVIDER.operation_for(method, path)
    assert op is not None, f"{method} {path} is no operation of {provider}"
    doc: dict[str, Any] = importlib.import_module(f"smskit_specs.{provider}_spec").SPEC
    responses = doc["paths"][op.path][op.method.lower()]["responses"]
    ok = [answer for status, answer in responses.items() if str(status).startswith("2")]
    return any("json" in media for answer in ok for media in answer.get("content", {}))


class Recording(httpx.BaseTransport):
    """The simulator, keeping every request that reached it."""

    def __init__(self, inner: SimulatorTransport) -> None:
        self.inner, self.requests = inner, list[httpx.Request]()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.inner.handle_request(request)


@pytest.mark.parametrize("provider", list(PROVIDERS))
def test_json_operations_ask_for_json_and_only_they(
    provider: str, transport: SimulatorTransport, control: httpx.Client
) -> None:
    credentials, base, recipient, sender = PROVIDERS[provider]
    unlimit(control, provider)
    wire = Recording(transport)
    with smskit.client(provider, **credentials, base_url=SIM + base, transport=wire) as sms:
        (result,) = sms.send(recipient, "Your code is 123456", sender=sender)
        assert result.status == "accepted", result
        if provider != "easify":  # Easify documents no balance call
            sms.balance()
    assert len(wire.requests) >= 2 or provider == "easify"
    for request in wire.requests:
        path = request.url.path.removeprefix(base)
        asked = request.headers.get("accept")
        if _answers_json(provider, request.method, path):
            assert asked == "application/json", f"{request.method} {path}"
        else:  # Mobyt's login answers text: nothing narrows what it may send
            assert asked in (None, "*/*"), f"{request.method} {path}"
