"""What every provider client shares: construction, the httpx stack, the call path and the common `send()`.

    generated method (<id>_client.api.Operations) ──► <op>_request(...)   (a typed Request, built not sent)
                            │
                        _send(request) ──► StatelessClient(auth=<provider's httpx.Auth>)  (httpx, no cookies)
                            │
                        SmsKitTransport (rate limit, safe retries) ──► httpx.HTTPTransport / any transport
                            │
                        2xx: request.parse(response)        (the spec's model)
                        else: the exception of that meaning (x-smskit-errors)

A provider module supplies its auth, its options and two I/O-free flows (`Flow`): the send of one batch and,
where the provider has one, the balance. Here is all that involves no I/O: options, the send plan (normalise,
check, batch), the outcome of a failed batch, the merge. The I/O half, written once in `smskit._async.client`
(`AsyncClientBase`) and generated from it as `smskit._sync.client` (`ClientBase`), opens the stack and runs
the flows.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
from collections.abc import Callable, Generator, Iterable, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, ClassVar, Final, NamedTuple, Protocol, TypedDict, TypeVar

import httpx

from smskit._errors import error_for
from smskit._exceptions import (
    AuthenticationError,
    ConnectError,
    InputError,
    InsecureURLError,
    InsufficientCreditError,
    OutcomeUnknownError,
    PermissionDeniedError,
    SmsKitError,
    TimeoutError,
    UnexpectedResponseError,
    UnsupportedOperation,
    raised_with,
)
from smskit._input import check_options, check_text, sender_refusal
from smskit._numbers import Number, parse_number
from smskit._outcome import after_failure, unreadable
from smskit._ratelimit import RateLimiter
from smskit._results import Balance, DeliveryState, RecipientResult, SendResults
from smskit._scrub import scrubbed
from smskit._secret import Secret
from smskit._spec import Operation, ProviderSpec, provider_spec
from smskit._transport import DEFAULT_MAX_RETRIES, DEFAULT_MAX_WAIT, MAX_WAIT, NEVER_SENT, OPERATION, RetryPolicy
from smskit.events import BatchSettled, Hook, emit
from smskit.text import Encoding, TextPreview, preview, shape
from smskit.webhooks import read_time

if TYPE_CHECKING:
    from smskit.journal import Journal

__all__ = [
    "DEFAULT_CONCURRENCY",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_WAIT",
    "DEFAULT_TIMEOUT",
    "Batch",
    "ClientOptions",
    "Flow",
    "OperationRequest",
    "SendFlow",
    "SendPlan",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
R = TypeVar("R")

# The generator's default is no timeout at all; an SMS call that hangs forever helps nobody.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0)
"""Every call's timeout unless `timeout=` says otherwise: 30 s, of which 10 s to connect."""
DEFAULT_CONCURRENCY: Final = 8
"""Batches of one send in flight at once unless `concurrency=` says otherwise."""
_STATES: Final = frozenset({"delivered", "failed", "expired", "pending"})
# Refusals about the account or its configuration, not a recipient: `send()` raises them (results attached).
ACCOUNT_ERRORS: Final = (AuthenticationError, PermissionDeniedError, InsufficientCreditError)


class ClientOptions(TypedDict, total=False):
    """Keyword options every client takes, sync and async alike."""

    base_url: str | None  # default: <ID>_BASE_URL from the environment, else the spec's first server
    timeout: httpx.Timeout | float | None  # default DEFAULT_TIMEOUT
    max_retries: int  # safe retries only (see _transport); default DEFAULT_MAX_RETRIES
    max_wait: float  # seconds: the longest wait before a retry (Retry-After included); default DEFAULT_MAX_WAIT
    rate_limit: float  # scale of the documented limit; 0 turns client-side limiting off; default 1
    default_region: str | None  # region for national numbers, e.g. "GB"; default: numbers are international
    default_sender: str | None  # the sender of a send that names none (checked by the spec's rules when made)
    concurrency: int  # batches in flight at once; default DEFAULT_CONCURRENCY
    # httpx.BaseTransport for a sync client, httpx.AsyncBaseTransport for an async one (checked on construction),
    # e.g. smskit_sim.inprocess.SimulatorTransport(app) or httpx.ASGITransport(app)
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None
    # durable sends (smskit.journal): a path for the default SQLite journal, a postgresql:// URL (a str or a
    # smskit.Secret: it holds a password), or a smskit.journal.Journal; `send(..., idempotency_key=...)` needs one
    journal: str | os.PathLike[str] | Secret | Journal | None
    # called with every smskit.events event (each request, retry and batch result): no credential, text or number
    on_event: Hook | None


class Batch(NamedTuple):
    """One request's worth of recipients (already normalised and de-duplicated).

    Internal records are NamedTuples: built on every send, they cost a fraction of a frozen attrs class."""

    numbers: tuple[Number, ...]
    text: str
    sender: str | None
    schedule_at: dt.datetime | None
    encoding: Encoding
    parts: int


class OperationRequest(Protocol[T_co]):
    """One operation's request as the generated packages build it (`<id>_client.api.Request`)."""

    @property
    def method(self) -> str: ...  # the spec's method and path template: which operation this is
    @property
    def path(self) -> str: ...
    @property
    def kwargs(self) -> dict[str, Any]: ...  # httpx request arguments
    @property
    def parse(self) -> Callable[[httpx.Response], T_co]: ...  # the spec's model of a 2xx answer


# What is provider-specific in a send or a read, free of I/O and written once: a generator that yields the
# requests to make, is sent each parsed answer (or has the error thrown into it) and returns its result.
# One driver runs it for sync clients (`ClientBase._run`) and one for async ones, as httpx runs Auth flows.
Flow = Generator[OperationRequest[Any], Any, R]
SendFlow = Flow[list[RecipientResult]]


class SendPlan(NamedTuple):
    """A checked send: the results known before any request, and the batches to send."""

    recipients: tuple[str, ...]
    numbers: tuple[Number | None, ...]  # per input position; None when it did not parse
    rejected: dict[int, InputError]
    batches: tuple[Batch, ...]


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _env(name: str) -> str | None:
    value = os.environ.get(name)
    return value if value else None


class _Common:
    """Construction and the send plan: the parts that do not depend on sync or async."""

    provider: ClassVar[str]
    _package: ClassVar[ModuleType]  # the generated <id>_client package
    _send_operation: ClassVar[str]  # the operationId the common send() uses
    supports_scheduling: ClassVar[bool] = True
    _transport_types: ClassVar[tuple[type[Any], ...]]  # what `transport=` must be (sync or async httpx)
    _sender_hint: ClassVar[str] = "pass sender="  # how to name a sender, where the send needs one

    def __init__(
        self,
        *,
        auth: httpx.Auth,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_wait: float = DEFAULT_MAX_WAIT,
        rate_limit: float = 1.0,
        default_region: str | None = None,
        default_sender: str | None = None,
        concurrency: int = DEFAULT_CONCURRENCY,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        journal: str | os.PathLike[str] | Secret | Journal | None = None,
        on_event: Hook | None = None,
    ) -> None:
        """Check every option, then open the httpx stack (`_open`: the sync or async half)."""
        default_region = check_options(base_url=base_url, timeout=timeout, max_retries=max_retries, max_wait=max_wait,
                                       rate_limit=rate_limit, default_region=default_region, concurrency=concurrency,
                                       transport=transport, transport_types=self._transport_types,
                                       on_event=on_event)  # fmt: skip
        self.concurrency = concurrency
        self._spec: ProviderSpec = provider_spec(self.provider)
        url = base_url or _env(f"{self.provider.upper()}_BASE_URL") or self._spec.servers[0]
        parsed = httpx.URL(url)
        if parsed.scheme != "https" and not (parsed.scheme == "http" and _is_loopback(parsed.host)):
            raise InsecureURLError(f"{self.provider}: base_url must be https:// (http:// only to a loopback address)")
        self.base_url = url.rstrip("/")
        self._limiter = RateLimiter(rate_limit)
        self._policy = RetryPolicy(max_retries, max_wait)
        self._urls: dict[str, httpx.URL] = {}
        self.default_region = default_region
        self._on_event = on_event
        self.default_sender = default_sender or None
        self._check_options()
        if self.default_sender is not None:  # the send's own checks, now: a wrong one fails here, not at a send
            try:
                self._check_sender_rules(self.default_sender, self._send_op)
                self._check_sender(self.default_sender)
            except InputError as exc:
                raise exc.at("default_sender") from None
        # durable sends (smskit.journal, imported only when asked for): checked and opened here
        self._journal: Journal | None = None
        if journal is not None:
            from smskit.journal import open_journal

            self._journal = open_journal(journal)
        # opened here from a path or URL, not given: closed with the client
        self._opened_journal = None if self._journal is journal else self._journal
        self._open(auth, timeout, transport)

    def _open(self, auth: httpx.Auth, timeout: httpx.Timeout | float | None, transport: Any) -> None:
        raise NotImplementedError

    def _check_open(self) -> None:
        """Raise `ClosedError` once the client is closed (its I/O half knows)."""
        raise NotImplementedError

    def _check_options(self) -> None:
        """Provider-specific constructor options, checked once the common ones are (default: none)."""

    def __repr__(self) -> str:
        # Never raises, even on a client whose construction failed before base_url was set (error trackers
        # and debuggers show the `self` of a failed __init__).
        return f"{type(self).__name__}(base_url={vars(self).get('base_url')!r})"

    # --- the common send, before any request ------------------------------------------------------------------
    @property
    def _send_op(self) -> Operation:
        return self._spec.operations[self._send_operation]

    def preview(self, text: str) -> TextPreview:
        """How `text` would travel with this provider: encoding, parts, and the characters forcing UCS-2."""
        return preview(text)

    def plan(
        self, to: str | Iterable[str], text: str, sender: str | None = None, schedule_at: dt.datetime | None = None
    ) -> SendPlan:
        """Check everything that can be checked locally and split the send into batches."""
        op = self._send_op
        sender = sender or self.default_sender
        check_text(text)
        encoding, _, parts, forcing = shape(text)
        rules = op.text
        assert rules is not None and op.batch is not None
        if rules.max_parts is not None and parts > rules.max_parts:
            hint = f"; UCS-2 is forced by {''.join(forcing[:5])!r}" if forcing else ""
            raise InputError(
                "text", "max_parts", f"takes {parts} parts, {self.provider} allows {rules.max_parts}{hint}"
            )
        limit = (rules.max_chars or {}).get(encoding)
        if limit is not None and len(text) > limit:
            raise InputError("text", "max_length", f"{len(text)} characters, {self.provider} allows {limit} "
                             f"in {encoding}")  # fmt: skip
        if schedule_at is not None:
            if not isinstance(schedule_at, dt.datetime):
                raise InputError("schedule_at", "type", f"must be a datetime, got {type(schedule_at).__name__}")
            if not self.supports_scheduling:
                raise UnsupportedOperation(f"{self.provider} documents no scheduled sending")
            if schedule_at.utcoffset() is None:
                raise InputError("schedule_at", "timezone", "must be timezone-aware (e.g. datetime.UTC)")
            if schedule_at <= dt.datetime.now(dt.UTC):
                raise InputError("schedule_at", "future", "is in the past")
        self._check_sender_rules(sender, op)
        self._check_sender(sender)
        if isinstance(to, str):
            recipients: tuple[str, ...] = (to,)
        elif isinstance(to, (list, tuple)) or (
            isinstance(to, Iterable) and not isinstance(to, (bytes, bytearray, memoryview))
        ):
            recipients = tuple(to)
        else:
            raise InputError("to", "type", f"must be a str or an iterable of str, got {type(to).__name__}")
        if not recipients:
            raise InputError("to", "required", "no recipients")
        numbers: list[Number | None] = []
        rejected: dict[int, InputError] = {}
        region, check = self.default_region, self._check_number
        for index, raw in enumerate(recipients):
            try:
                number = parse_number(raw, region)
                check(number)
            except InputError as exc:  # the field is named only for the rare refusal
                if exc.rule == "type":  # not a refused number but a wrong call: nothing is sent
                    raise exc.at(f"to[{index}]") from None
                numbers.append(None)
                rejected[index] = exc.at(f"to[{index}]")
            else:
                numbers.append(number)
        unique = list(dict.fromkeys(n for n in numbers if n is not None))
        size = op.batch.max
        batches = tuple(
            Batch(tuple(unique[i : i + size]), text, sender, schedule_at, encoding, parts)
            for i in range(0, len(unique), size)
        )
        return SendPlan(recipients, tuple(numbers), rejected, batches)

    def _send_flow(self, batch: Batch) -> SendFlow:
        """The provider's send of one batch (see SendFlow)."""
        raise NotImplementedError

    def _check_sender_rules(self, sender: object, op: Operation, field: str = "sender") -> None:
        """The spec's sender rules (`x-smskit-sender` of send operation `op`), the same check for every provider."""
        rules = op.sender
        if sender is None or sender == "":
            if rules is not None and rules.required and not self._fallback_sender():
                raise InputError(
                    field,
                    "required",
                    f"{self.provider} needs a sender: {self._sender_hint}, or default_sender= on the client",
                )
            return
        if not isinstance(sender, str):
            raise InputError(field, "type", f"must be a str, got {type(sender).__name__}")
        refusal = None if rules is None else sender_refusal(rules, sender)
        if refusal is not None:
            raise InputError(field, *refusal)

    def _fallback_sender(self) -> str | None:
        """The sender a send without one goes out from, where the client has one (`default_sender`)."""
        return self.default_sender

    def _check_sender(self, sender: str | None) -> None:
        """Provider judgement on a sender the spec's rules took (default: none)."""

    def _check_number(self, number: Number) -> None:
        """Provider-specific recipient rules, raising InputError on field `to` (default: any possible number)."""

    def _settle(self, plan: SendPlan, outcomes: Sequence[Sequence[RecipientResult]]) -> SendResults:
        """The results in the caller's order; raises an account-level refusal (them all attached) when nothing
        was sent."""
        by_number: dict[Number, RecipientResult] = {}
        for batch, results in zip(plan.batches, outcomes, strict=True):
            by_number.update(zip(batch.numbers, results, strict=True))
        merged = SendResults()
        provider, scope = self.provider, self._send_op.batch.message_id if self._send_op.batch else None
        parts = plan.batches[0].parts if plan.batches else None  # every batch carries the same text
        for index, raw in enumerate(plan.recipients):
            number = plan.numbers[index]
            if number is None:
                merged.append(RecipientResult(raw, "rejected", error=plan.rejected[index], provider=provider))
                continue
            result = by_number[number]
            merged.append(result._replace(recipient=raw, provider=provider,
                                          id_scope=scope if result.message_id else None,
                                          parts=None if result.status == "rejected" else parts))  # fmt: skip
        # About the account, not a recipient: the caller must hear it, not read it as bad numbers. Raised only
        # while nothing may have been sent, so that a send that texted anyone always returns its results.
        account = next((r.error for r in merged if isinstance(r.error, ACCOUNT_ERRORS)), None)
        if account is not None and all(r.status == "rejected" for r in merged):
            raise raised_with(account, merged)
        return merged

    def _safe_flow(self, batch: Batch) -> SendFlow:
        """The send of `batch` with one result per recipient whatever happens: a send never raises once a
        request may have left (see _outcome). After a failure the outcome rule may ask for recipients to be
        sent alone (`after_failure`); each goes out as a safe flow of its own."""
        try:
            return (yield from self._send_flow(batch))
        except Exception as exc:
            error = exc if isinstance(exc, SmsKitError) else unreadable(self.provider, self._send_operation, exc)
            op = self._send_op
            settle = after_failure(batch.numbers, error, op.id, skipped=op.skipped_codes)
            try:
                number = next(settle)
                while True:
                    (result,) = yield from self._safe_flow(batch._replace(numbers=(number,)))
                    number = settle.send(result)
            except StopIteration as done:
                results: list[RecipientResult] = done.value
                return results

    def _request_args(self, op: Operation, request: dict[str, Any], max_wait: float | None) -> dict[str, Any]:
        """The generated request builder's keyword arguments for httpx, with the URL parsed once per path and
        the operation (and a call's own `max_wait`) named for the transport."""
        request["extensions"] = {OPERATION: op} if max_wait is None else {OPERATION: op, MAX_WAIT: max_wait}
        path = request["url"]
        url = self._urls.get(path)
        if url is None:
            if len(self._urls) >= 1024:  # paths with ids ({order_id}) would grow it without bound
                self._urls.clear()
            url = self._urls[path] = httpx.URL(self.base_url + path)
        request["url"] = url  # a parsed absolute URL spares httpx a parse and a merge on every call
        headers = request.get("headers")
        if "json" in request and headers and headers.get("Content-Type") == "application/json":
            del headers["Content-Type"]  # httpx sets exactly this for json=; merging it per call costs time
        return request

    def _settled(self, results: Sequence[RecipientResult]) -> None:
        """Tell the `on_event` hook a batch has its results (counts only)."""
        if self._on_event is not None:
            counts = {status: 0 for status in ("accepted", "rejected", "unknown")}
            for result in results:
                counts[result.status] += 1
            emit(self._on_event, BatchSettled(self.provider, self._send_operation, len(results), **counts))

    def _status_flow(self, message_id: str, number: Number | None) -> Flow[DeliveryState]:
        """The provider's status read of `message_id` (for `number`, where a message has several); default: it
        documents none."""
        raise UnsupportedOperation(f"{self.provider} documents no status read (its delivery reports say it)")

    def _state(self, message_id: str, number: str | None, word: object, at: object = None) -> DeliveryState:
        """A status read's word and time, read as the spec reads the provider's delivery reports."""
        callback = (self._spec.callbacks or {}).get("delivery")
        raw = "" if word is None else str(word)
        known = (callback.statuses or {}) if callback else {}
        # A word the delivery reports use reads as they do; a word that is itself a state's name (TransmitSMS's
        # read says "failed") is that state; any other is unknown, never guessed.
        status = known.get(raw) or (raw if raw in _STATES else "unknown")
        when = read_time(at, callback.at_formats, callback.timezone) if callback else None
        return DeliveryState(self.provider, message_id, number, status, raw, when)  # type: ignore[arg-type]

    def _status_target(self, of: RecipientResult | str, recipient: str | None) -> tuple[str, Number | None]:
        """The message id and recipient a `status()` call asks about, checked before any request."""
        if isinstance(of, RecipientResult):
            if of.message_id is None:
                raise InputError("result", "message_id", f"has no message id: it was {of.status}, not accepted")
            return of.message_id, Number(of.number) if of.number else None
        if not isinstance(of, str) or not of:
            raise InputError("message_id", "type", "must be a RecipientResult or a non-empty message id str")
        return of, None if recipient is None else parse_number(recipient, self.default_region, field="recipient")

    def _balance_flow(self) -> Flow[Balance]:
        """The provider's balance read (see Flow); default: it documents none."""
        raise UnsupportedOperation(f"{self.provider} documents no balance call")

    # --- errors --------------------------------------------------------------------------------------------------
    def _transport_error(self, op: Operation, exc: httpx.HTTPError) -> SmsKitError:
        name = f"{self.provider} {op.id}"
        if isinstance(exc, NEVER_SENT):
            return ConnectError(f"{name}: could not connect ({type(exc).__name__}); nothing was sent",
                                provider=self.provider, operation=op.id)  # fmt: skip
        if isinstance(exc, httpx.TimeoutException):
            return TimeoutError(f"{name}: no answer in time ({type(exc).__name__}); it may have been processed",
                                provider=self.provider, operation=op.id)  # fmt: skip
        return OutcomeUnknownError(f"{name}: the connection failed after the request went out "
                                   f"({type(exc).__name__}); it may have been processed",
                                   provider=self.provider, operation=op.id)  # fmt: skip

    def _answer(self, op: Operation, parse: Callable[[httpx.Response], T], response: httpx.Response) -> T:
        if not 200 <= response.status_code < 300:
            raise error_for(self._spec, op, response)
        try:
            # The generated parser raises UnexpectedStatus on a 2xx status its spec does not list (a 204, say).
            return parse(response)
        except Exception as exc:  # any 2xx the spec does not describe: the request may have been processed
            raise UnexpectedResponseError(
                f"{self.provider} {op.id}: a {response.status_code} answer the spec does not describe "
                f"({type(exc).__name__})",
                provider=self.provider, status_code=response.status_code, response=scrubbed(response), operation=op.id,
            ) from None  # fmt: skip
