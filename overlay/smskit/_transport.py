"""What the httpx transport under every smskit client decides: rate limits and the only retries that are safe.

The transport (`smskit._async.transport`, and its generated sync twin) sits below the generated client, so
every generated call goes through it. For each request it finds the spec operation (method + path), waits for
the client-side rate limit, and retries only when the provider cannot have processed the request:

- the connection was never established (connect error or timeout, pool timeout): nothing was sent;
- 429, after `Retry-After`, the wait the provider states in its message or the one its documents state
  (`x-smskit-rate-limit.retry_after`), if that wait is bounded;
- an error the spec marks `retry: safe` (documented as not processed).

Everything else is returned or raised as it is: read timeouts, dropped connections after the request went
out, 5xx and the codes the documents mark "do NOT re-submit" are never retried for a send, because the
message may already be on its way. Reads (GETs that send nothing) may also be retried after a read error.
"""

from __future__ import annotations

import functools
import logging
import os
import random
import ssl
import threading
from typing import Final

import httpx

from smskit import _timing
from smskit._errors import read_answer, retry_after
from smskit._ratelimit import RateLimiter
from smskit._spec import Operation, ProviderSpec
from smskit.events import Hook, RequestFinished, RequestStarted, RetryScheduled, emit, next_request_id

__all__ = ["DEFAULT_MAX_RETRIES", "DEFAULT_MAX_WAIT", "LOCK", "MAX_WAIT", "NEVER_SENT", "OPERATION", "Engine",
           "RetryPolicy"]  # fmt: skip

DEFAULT_MAX_RETRIES: Final = 3
"""Retries of a request that provably was not processed, unless `max_retries=` says otherwise."""
DEFAULT_MAX_WAIT: Final = 60.0  # seconds; a longer Retry-After is surfaced to the caller instead
INITIAL_BACKOFF: Final = 0.5
MAX_BACKOFF: Final = 8.0

logger = logging.getLogger("smskit")

NEVER_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)  # no connection, nothing sent
# The request extension by which the overlay names a request's operation, sparing the transport a path match.
OPERATION: Final = "smskit_operation"
# The request extension carrying a call's own `max_wait` (seconds), where it gave one.
MAX_WAIT: Final = "smskit_max_wait"
_READ_FAILED = (httpx.ReadTimeout, httpx.ReadError, httpx.RemoteProtocolError)


class RetryPolicy:
    """How often and how long to retry what is safe to retry."""

    __slots__ = ("max_retries", "max_wait")

    def __init__(self, max_retries: int = DEFAULT_MAX_RETRIES, max_wait: float = DEFAULT_MAX_WAIT) -> None:
        if max_retries < 0 or max_wait < 0:
            raise ValueError("max_retries and max_wait are >= 0")
        self.max_retries, self.max_wait = max_retries, max_wait

    @staticmethod
    def backoff(attempt: int) -> float:
        """Exponential backoff with full jitter: 0.5 s, 1 s, 2 s ... capped at 8 s."""
        return random.uniform(0, min(MAX_BACKOFF, INITIAL_BACKOFF * 2**attempt))


class Engine:
    """The decisions of the transports (`smskit._async.transport`, generated into `smskit._sync.transport`)."""

    def __init__(
        self, spec: ProviderSpec, base_path: str, limiter: RateLimiter, policy: RetryPolicy, hook: Hook | None = None
    ) -> None:
        self.spec, self.base_path = spec, base_path.rstrip("/")
        self.limiter, self.policy, self.hook = limiter, policy, hook
        self._operations: dict[tuple[str, str], Operation | None] = {}

    def operation(self, request: httpx.Request) -> Operation | None:
        """The spec operation of `request`: named by the overlay's own calls, else matched on method and path
        (login calls, and the generated client used directly)."""
        named: Operation | None = request.extensions.get(OPERATION)
        if named is not None:
            return named
        key = (request.method, request.url.path)
        if key not in self._operations:
            if len(self._operations) > 1024:  # paths with ids ({order_id}) would grow it without bound
                self._operations.clear()
            path = key[1]
            if self.base_path and path.startswith(self.base_path):
                path = path[len(self.base_path) :] or "/"
            self._operations[key] = self.spec.operation_for(request.method, path)
        return self._operations[key]

    def _limit(self, request: httpx.Request) -> float:
        """The longest wait before a retry: the call's own `max_wait`, else the client's."""
        limit: float = request.extensions.get(MAX_WAIT, self.policy.max_wait)
        return limit

    def wait_for_response(
        self, op: Operation | None, request: httpx.Request, response: httpx.Response, attempt: int
    ) -> float | None:
        """Seconds to wait before retrying after `response`, or None to hand it to the caller."""
        if attempt >= self.policy.max_retries or response.status_code < 400:
            return None
        answer = read_answer(self.spec, op, response)
        limit = self._limit(request)
        if response.status_code == 429:
            wait = retry_after(response, answer.description, op)
            if wait is None:
                return min(self.policy.backoff(attempt), limit)
            return wait if wait <= limit else None  # waiting less than asked would only be refused again
        if answer.entry is not None and answer.entry.retry == "safe":
            return min(self.policy.backoff(attempt), limit)
        return None

    def wait_for_error(
        self, op: Operation | None, request: httpx.Request, exc: Exception, attempt: int
    ) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to raise it."""
        if attempt >= self.policy.max_retries:
            return None
        if isinstance(exc, NEVER_SENT) or (isinstance(exc, _READ_FAILED) and op is not None and not op.is_send):
            return min(self.policy.backoff(attempt), self._limit(request))
        return None

    def started(self, op: Operation | None, attempt: int) -> tuple[int, float]:
        """Tell the hook an attempt leaves (only called when there is one); its id and start time."""
        assert self.hook is not None
        request_id = next_request_id()
        emit(self.hook, RequestStarted(self.spec.id, op.id if op else "unknown", attempt + 1, request_id))
        return request_id, _timing.monotonic()

    def finished(self, op: Operation | None, attempt: int, started: tuple[int, float], status_code: int | None,
                 error: BaseException | None, retry_in: float | None) -> None:  # fmt: skip
        assert self.hook is not None
        elapsed = _timing.monotonic() - started[1]
        emit(self.hook, RequestFinished(self.spec.id, op.id if op else "unknown", attempt + 1, started[0], status_code,
                                        type(error).__name__ if error else None, elapsed, retry_in))  # fmt: skip

    def retry(self, op: Operation | None, reason: str, wait: float, attempt: int) -> None:
        """A retry is due: the DEBUG line, and the hook's event."""
        # Method and operation only: URLs can carry credentials or message text in their query strings.
        name = op.id if op else "unknown"
        logger.debug("%s %s: %s, retrying in %.2fs (attempt %d)", self.spec.id, name, reason, wait, attempt + 1)
        if self.hook is not None:
            emit(self.hook, RetryScheduled(self.spec.id, name, attempt + 1, reason, wait))


LOCK = threading.Lock()  # the first request of two threads at once makes one default transport, not two


@functools.cache
def _ssl_context(cafile: str | None, capath: str | None) -> ssl.SSLContext:
    return httpx.create_ssl_context()  # reads SSL_CERT_FILE / SSL_CERT_DIR itself, as HTTPTransport() would


def default_ssl_context() -> ssl.SSLContext:
    """httpx's own default verifying context (certifi's bundle, or SSL_CERT_FILE / SSL_CERT_DIR), built once per
    process (and per value of those variables) and shared by every client: loading the CA bundle costs about
    20 ms, which each client paid at construction otherwise. Verification is exactly httpx's default."""
    return _ssl_context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))
