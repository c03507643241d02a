"""The httpx transport under every smskit client: the rate limit, then the retries that are safe (see _transport)."""

from __future__ import annotations

import httpx

from smskit import _timing
from smskit._ratelimit import RateLimiter
from smskit._spec import ProviderSpec
from smskit._transport import LOCK, Engine, RetryPolicy, default_ssl_context
from smskit.events import Hook

__all__ = ["AsyncSmsKitTransport"]


class AsyncSmsKitTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        spec: ProviderSpec,
        base_path: str,
        *,
        inner: httpx.AsyncBaseTransport | None = None,
        limiter: RateLimiter | None = None,
        policy: RetryPolicy | None = None,
        hook: Hook | None = None,
    ) -> None:
        self._inner = inner  # None: httpx's own, made at the first request (its CA bundle costs ~20 ms to load)
        self._engine = Engine(spec, base_path, limiter or RateLimiter(), policy or RetryPolicy(), hook)

    def _default(self) -> httpx.AsyncBaseTransport:
        with LOCK:
            if self._inner is None:
                self._inner = httpx.AsyncHTTPTransport(verify=default_ssl_context())
            return self._inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        engine = self._engine
        op = engine.operation(request)
        inner = self._inner or self._default()
        hooked = engine.hook is not None
        attempt = 0
        while True:
            limit = op.rate_limit if op else None
            await _timing.asleep(engine.limiter.reserve(limit))
            while late := engine.limiter.admit(limit):
                await _timing.asleep(late)
            started = engine.started(op, attempt) if hooked else None
            try:
                response = await inner.handle_async_request(request)
            except httpx.TransportError as exc:
                wait = engine.wait_for_error(op, request, exc, attempt)
                if started is not None:
                    engine.finished(op, attempt, started, None, exc, wait)
                if wait is None:
                    raise
                engine.retry(op, type(exc).__name__, wait, attempt)
            else:
                if response.status_code < 400:
                    if started is not None:
                        engine.finished(op, attempt, started, response.status_code, None, None)
                    return response
                await response.aread()
                wait = engine.wait_for_response(op, request, response, attempt)
                if started is not None:
                    engine.finished(op, attempt, started, response.status_code, None, wait)
                if wait is None:
                    return response
                await response.aclose()
                engine.retry(op, f"HTTP {response.status_code}", wait, attempt)
            await _timing.asleep(wait)
            attempt += 1

    async def aclose(self) -> None:
        if self._inner is not None:
            await self._inner.aclose()
