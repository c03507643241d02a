"""What a client tells the hook given as `on_event=`: each request, each retry and each batch's result.

    def on_event(event: smskit.events.Event) -> None:
        metrics.count(type(event).__name__, provider=event.provider, operation=event.operation)

    sms = smskit.client("transmitsms", ..., on_event=on_event)   # or smskit.otel.tracing(): a span per request

Every field is an id, a count, a status or a duration: no event carries a credential, the message text or a
phone number, so a hook can ship them anywhere. A hook that raises is logged and otherwise ignored: it never
changes what a send does. The `smskit` logger writes the same retries at DEBUG.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from typing import Final

import attrs

__all__ = ["BatchSettled", "Event", "Hook", "RequestFinished", "RequestStarted", "RetryScheduled", "emit"]

logger = logging.getLogger("smskit")
_ids: Final = itertools.count(1)  # request ids, unique within the process (next() is atomic under the GIL)


@attrs.frozen
class RequestStarted:
    """A request (an attempt of one operation) is about to leave."""

    provider: str
    operation: str  # the spec's operationId
    attempt: int  # 1 for the first, 2 for the first retry...
    request_id: int  # pairs it with its RequestFinished


@attrs.frozen
class RequestFinished:
    """An attempt ended: an answer (`status_code`) or a transport error (`error`, its type's name)."""

    provider: str
    operation: str
    attempt: int
    request_id: int
    status_code: int | None
    error: str | None
    elapsed: float  # seconds
    retry_in: float | None  # seconds until the retry this outcome earned; None: no retry


@attrs.frozen
class RetryScheduled:
    """An attempt will be retried (it provably was not processed): why, and after how long."""

    provider: str
    operation: str
    attempt: int  # the attempt that failed
    reason: str  # "HTTP 429", "ConnectError"...
    wait: float  # seconds


@attrs.frozen
class BatchSettled:
    """One batch of a send has its results (after any follow-up reads), counted by status."""

    provider: str
    operation: str
    recipients: int
    accepted: int
    rejected: int
    unknown: int


Event = RequestStarted | RequestFinished | RetryScheduled | BatchSettled
"""Any event a client tells its hook."""
Hook = Callable[[Event], None]
"""What `on_event=` takes: a callable of one event."""


def next_request_id() -> int:
    """A fresh request id (unique within the process)."""
    return next(_ids)


def emit(hook: Hook, event: Event) -> None:
    """Call `hook`; what it raises is logged (its type only) and never reaches the send."""
    try:
        hook(event)
    except Exception as exc:
        logger.warning("smskit on_event hook raised %s on %s; ignored", type(exc).__name__, type(event).__name__)
