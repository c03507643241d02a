"""The `on_event` hook and smskit.otel: every request, retry and batch result, and none of them shows a
credential, the text or a phone number. Against the simulator, with a 429 fault so that a retry happens."""

from __future__ import annotations

import logging

import httpx
import pytest
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

import smskit
from smskit.events import BatchSettled, Event, RequestFinished, RequestStarted, RetryScheduled
from smskit.otel import tracing
from smskit_sim.inprocess import SimulatorTransport
from tests.overlay.conftest import SIM, unlimit
from tests.overlay.demo import PROVIDERS

CREDENTIALS, PATH, _, SENDER = PROVIDERS["easysendsms"]
TEXT = "private text 5e6f"
NUMBERS = [f"+1415555{3000 + i:04d}" for i in range(40)]  # two batches of at most 30


def _client(transport: SimulatorTransport, control: httpx.Client, **options: object) -> smskit.EasySendSMS:
    unlimit(control, "easysendsms")
    fault = {"provider": "easysendsms", "operation": "sendSms", "kind": "status", "status": 429, "count": 1}
    assert control.post("/_sim/faults", json=fault).status_code == 201
    return smskit.EasySendSMS(**CREDENTIALS, base_url=SIM + PATH, transport=transport, rate_limit=0, **options)


def _private(shown: str) -> list[str]:
    secrets = [TEXT, str(CREDENTIALS["api_key"]), *NUMBERS, *(n.lstrip("+") for n in NUMBERS)]
    return [s for s in secrets if s in shown]


@pytest.mark.usefixtures("no_sleep")
def test_every_request_retry_and_batch_is_told(transport: SimulatorTransport, control: httpx.Client) -> None:
    events: list[Event] = []
    sms = _client(transport, control, on_event=events.append, concurrency=1)
    results = sms.send(NUMBERS, TEXT, sender=SENDER)
    assert len(results.accepted) == 40
    started = [e for e in events if isinstance(e, RequestStarted)]
    finished = [e for e in events if isinstance(e, RequestFinished)]
    retries = [e for e in events if isinstance(e, RetryScheduled)]
    batches = [e for e in events if isinstance(e, BatchSettled)]
    assert len(started) == len(finished) == 3  # two batches, one of them refused once with a 429 and retried
    assert {e.request_id for e in started} == {e.request_id for e in finished}
    (retry,) = retries
    assert retry.reason == "HTTP 429" and retry.wait >= 0 and retry.attempt == 1
    assert [e.status_code for e in finished] == [429, 200, 200] and finished[0].retry_in == retry.wait
    assert [(b.recipients, b.accepted, b.rejected, b.unknown) for b in batches] == [(30, 30, 0, 0), (10, 10, 0, 0)]
    assert not _private(repr(events))


def test_a_hook_that_raises_changes_nothing(
    transport: SimulatorTransport, control: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(event: Event) -> None:
        raise RuntimeError("the metrics backend is down")

    sms = _client(transport, control, on_event=broken, max_retries=3)
    with caplog.at_level(logging.WARNING, logger="smskit"):
        results = sms.send(NUMBERS[:3], TEXT, sender=SENDER)
    assert len(results.accepted) == 3 and "hook raised RuntimeError" in caplog.text


def test_a_hook_that_is_not_callable_is_refused(transport: SimulatorTransport) -> None:
    with pytest.raises(smskit.InputError) as refused:
        smskit.EasySendSMS(**CREDENTIALS, base_url=SIM + PATH, transport=transport, on_event="print")  # type: ignore[arg-type]
    assert refused.value.field == "on_event"


@pytest.mark.usefixtures("no_sleep")
def test_otel_records_a_span_per_request_without_personal_data(
    transport: SimulatorTransport, control: httpx.Client
) -> None:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    sms = _client(transport, control, on_event=tracing(provider), concurrency=1)
    sms.send(NUMBERS, TEXT, sender=SENDER)
    spans = exporter.get_finished_spans()
    assert [s.name for s in spans] == ["smskit easysendsms sendSms"] * 3
    first, *rest = spans
    assert first.attributes is not None and first.attributes["http.response.status_code"] == 429
    assert first.attributes["error.type"] == "429" and "smskit.retry_in" in first.attributes
    assert all(s.attributes is not None and s.attributes["http.response.status_code"] == 200 for s in rest)
    assert [s.attributes["smskit.attempt"] for s in spans if s.attributes] == [1, 2, 1]
    shown = repr([dict(s.attributes or {}) for s in spans]) + repr([s.name for s in spans])
    assert not _private(shown)
