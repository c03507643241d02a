"""The I/O half of every provider client: its httpx stack, the driver that runs flows, `send()` and `balance()`.

The provider-specific part of a call is an I/O-free flow (see `smskit._base.Flow`); this module makes the
requests it yields, one at a time, and runs a send's batches side by side, at most `concurrency` at once.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Self, TypeVar

import httpx

from smskit._async.http import AsyncStatelessClient
from smskit._async.transport import AsyncSmsKitTransport
from smskit._base import Batch, Flow, OperationRequest, SendPlan, _Common
from smskit._concurrency import amap_limited
from smskit._exceptions import ClosedError
from smskit._input import check_max_wait
from smskit._results import Balance, DeliveryState, RecipientResult, SendResults

if TYPE_CHECKING:
    from smskit.journal import Journal

__all__ = ["AsyncClientBase"]

T = TypeVar("T")
R = TypeVar("R")


class AsyncClientBase(_Common):
    """A client's I/O: one httpx client, batches side by side."""

    _transport_types = (httpx.AsyncBaseTransport,)

    def _open(self, auth: httpx.Auth, timeout: httpx.Timeout | float | None, transport: Any) -> None:
        path = httpx.URL(self.base_url).path
        if self._journal is not None:  # durable sends: a batch is recorded as leaving at the last moment
            from smskit.journal import JournalTransport  # here: a program that never journals never imports it

            transport = JournalTransport(transport)
            self._journal_wired = True
        stack = AsyncSmsKitTransport(self._spec, path, inner=transport, limiter=self._limiter, policy=self._policy,
                                     hook=self._on_event)  # fmt: skip
        self._http = AsyncStatelessClient(base_url=self.base_url, auth=auth, timeout=timeout, transport=stack)
        self.generated = self._package.Client(base_url=self.base_url, raise_on_unexpected_status=True)
        self.generated.set_async_httpx_client(self._http)

    async def aclose(self) -> None:
        """Close the connections, and the journal where the client opened it (`journal=` a path or DSN); the
        client refuses to send afterwards (`ClosedError`)."""
        await self._http.aclose()
        if self._opened_journal is not None:
            self._opened_journal.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def _check_open(self) -> None:
        if self._http.is_closed:  # httpx's own RuntimeError would read as an outcome nobody knows
            raise ClosedError(f"this {self.provider} client is closed: nothing was sent")

    async def _send(self, request: OperationRequest[T], max_wait: float | None = None) -> T:
        """One operation through the stack; the parsed 2xx model, or the exception of that meaning."""
        self._check_open()
        op = self._spec.route(request.method, request.path)
        args = self._request_args(op, request.kwargs, max_wait)
        try:
            response = await self._http.request(**args)
        except httpx.HTTPError as exc:
            raise self._transport_error(op, exc) from exc
        return self._answer(op, request.parse, response)

    async def _run(self, flow: Flow[R], max_wait: float | None = None) -> R:
        """Run a flow (see Flow), making each request it yields."""
        try:
            request = next(flow)
            while True:
                try:
                    answer = await self._send(request, max_wait)
                except Exception as exc:
                    request = flow.throw(exc)
                else:
                    request = flow.send(answer)
        except StopIteration as done:
            result: R = done.value
            return result

    async def send(
        self,
        to: str | Iterable[str],
        text: str,
        sender: str | None = None,
        schedule_at: dt.datetime | None = None,
        *,
        max_wait: float | None = None,
        idempotency_key: str | None = None,
    ) -> SendResults:
        """Send `text` to every recipient; one result per recipient, in order (see RecipientResult).

        Raises `InputError` before any request for input it can check, and an account-level refusal
        (`AuthenticationError`, `PermissionDeniedError`, `InsufficientCreditError`) when nothing was sent, every
        result attached (`error.results`). Once anyone may have been texted it returns the results, refusals
        included: what is about a recipient, or unknown, is in its result.

        `max_wait` bounds this call's waits before a retry (a provider's Retry-After included; default: the
        client's `max_wait`): a one-time code worth nothing a minute late says `max_wait=5`.

        `idempotency_key` (with the client's `journal=`): a durable send, see `smskit.journal`. A second call
        with the same key sends only what provably never left and returns the same results."""
        self._check_open()
        if max_wait is not None:
            check_max_wait(max_wait)
        plan = self.plan(to, text, sender, schedule_at)
        if idempotency_key is not None:  # durable send (smskit.journal)
            return await self._send_keyed(plan, idempotency_key, max_wait)
        batches = amap_limited(functools.partial(self._send_safely, max_wait=max_wait), plan.batches, self.concurrency)
        return self._settle(plan, await batches)

    async def _send_safely(self, batch: Batch, max_wait: float | None = None) -> list[RecipientResult]:
        results = await self._run(self._safe_flow(batch), max_wait)
        self._settled(results)
        return results

    # --- durable sends (smskit.journal) ---------------------------------------------------------------------------
    async def _send_keyed(
        self, plan: SendPlan, key: str, max_wait: float | None, journal: Journal | None = None
    ) -> SendResults:
        """A send under an idempotency key: each batch recorded before its request leaves and after, the batches
        an earlier call finished or left in flight not sent again (see smskit.journal). In the client's journal,
        or in `journal` (a campaign's own: smskit.campaign)."""
        from smskit.journal import begin

        keyed = begin(self, plan, key, journal)
        try:
            run = functools.partial(self._run, max_wait=max_wait)
            await amap_limited(run, keyed.flows(self._safe_flow), self.concurrency)
            return keyed.settle(self._settle)
        finally:
            keyed.release()

    async def status(
        self, of: RecipientResult | str, recipient: str | None = None, *, max_wait: float | None = None
    ) -> DeliveryState:
        """What became of a sent message: `of` is a send's result (its message id and number), or a message id
        (with `recipient=` where one message went to several). UnsupportedOperation where the provider has no
        status read (EasySendSMS, EzzySMS: their delivery reports say it)."""
        self._check_open()
        message_id, number = self._status_target(of, recipient)
        return await self._run(self._status_flow(message_id, number), max_wait)

    async def balance(self, *, max_wait: float | None = None) -> Balance:
        """The account's balance, where the provider offers one (UnsupportedOperation otherwise); `max_wait` as
        for `send`."""
        self._check_open()
        if max_wait is not None:
            check_max_wait(max_wait)
        return await self._run(self._balance_flow(), max_wait)
