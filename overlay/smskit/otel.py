"""OpenTelemetry for smskit: a span per request, from the client's events (`smskit.events`).

    from smskit.otel import tracing
    sms = smskit.client("easysendsms", api_key=..., on_event=tracing())   # the global tracer provider, or pass one

Each attempt of an operation is a CLIENT span `smskit <provider> <operation>` with `smskit.provider`,
`smskit.operation`, `smskit.attempt`, `http.response.status_code`, `error.type` and `smskit.retry_in` (where a
retry follows): never a credential, the message text or a phone number. Needs `opentelemetry-api`
(`pip install "smskit[otel]"`); without an SDK configured, the spans cost next to nothing.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from smskit.events import Event, Hook, RequestFinished, RequestStarted

if TYPE_CHECKING:
    from opentelemetry.trace import Span, TracerProvider

__all__ = ["tracing"]


def tracing(tracer_provider: TracerProvider | None = None) -> Hook:
    """An `on_event` hook that records each request as a span (see the module)."""
    from opentelemetry import trace  # here: only users of this module need opentelemetry

    from smskit import __version__

    tracer = trace.get_tracer("smskit", __version__, tracer_provider=tracer_provider)
    spans: dict[int, Span] = {}
    lock = threading.Lock()

    def hook(event: Event) -> None:
        if isinstance(event, RequestStarted):
            attributes: dict[str, str | int] = {
                "smskit.provider": event.provider,
                "smskit.operation": event.operation,
                "smskit.attempt": event.attempt,
            }
            span = tracer.start_span(f"smskit {event.provider} {event.operation}", kind=trace.SpanKind.CLIENT,
                                     attributes=attributes)  # fmt: skip
            with lock:
                spans[event.request_id] = span
        elif isinstance(event, RequestFinished):
            with lock:
                found = spans.pop(event.request_id, None)
            if found is None:
                return
            span = found
            if event.status_code is not None:
                span.set_attribute("http.response.status_code", event.status_code)
            if event.retry_in is not None:
                span.set_attribute("smskit.retry_in", event.retry_in)
            if event.error is not None or (event.status_code or 0) >= 400:
                span.set_attribute("error.type", event.error or str(event.status_code))
                span.set_status(trace.Status(trace.StatusCode.ERROR))
            span.end()

    return hook
