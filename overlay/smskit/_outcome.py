"""The one rule for what happened to a recipient, and what a failed request means for each of its recipients.

    rejected   the provider refused it in a documented answer that means "not processed" (`APIError` with
               `not_processed`), or the request provably never left (`ConnectError`);
    unknown    everything after the request may have left: an answer that can't be read, an undocumented 2xx,
               a 5xx without the provider's own error body, an unsafe code, a failed follow-up read, a bug.

`unknown` recipients are never sent again by smskit: the caller checks with the reference first.

One refusal needs more care: a provider that walks a multi-recipient request in order and stops at the first
error (the spec marks such codes `aborts`) may have sent the recipients before the one that caused it. Those
from it on were not sent, so the *last* recipient never was; `after_failure` uses that to find the cause
without sending anyone who may have been texted (see there).
"""

from __future__ import annotations

from collections.abc import Collection, Generator, Sequence

from smskit._exceptions import APIError, ConnectError, OutcomeUnknownError, SmsKitError
from smskit._numbers import Number
from smskit._results import RecipientResult, Status
from smskit._scrub import detached

__all__ = ["after_failure", "failed", "failed_read", "status_of", "unattributed", "unreadable"]


def status_of(error: SmsKitError) -> Status:
    """`rejected` only for a documented "not processed" refusal or a connection never made; else `unknown`."""
    if isinstance(error, ConnectError) or (isinstance(error, APIError) and error.not_processed):
        return "rejected"
    return "unknown"


def failed(numbers: Sequence[Number], error: SmsKitError, reference: str | None = None) -> list[RecipientResult]:
    """The results of recipients whose request failed as a whole with `error` (kept without its frames, whose
    locals hold the batch and its text)."""
    error = detached(error)
    status = status_of(error)
    reference = reference or getattr(error, "reference", None)
    return [RecipientResult(n.e164, status, number=n.e164, error=error, reference=reference) for n in numbers]


def unreadable(provider: str, operation: str, exc: BaseException) -> OutcomeUnknownError:
    """What a send reports when reading its outcome failed in a way nobody foresaw (a bug, an odd answer).

    Only the exception's type is kept: its message or frames could hold the request, text included."""
    return OutcomeUnknownError(
        f"{provider} {operation}: the outcome could not be read ({type(exc).__name__}); it may have been processed",
        provider=provider, operation=operation,
    )  # fmt: skip


def _may_have_left(error: APIError, operation: str) -> OutcomeUnknownError:
    return OutcomeUnknownError(
        f"{error.provider} stopped a multi-recipient request part-way ({error.code!r}); this recipient came "
        "before the one that caused it and may have been sent",
        provider=error.provider, operation=operation, status_code=error.status_code, code=error.code,
        description=error.description,
    )  # fmt: skip


def _walks_on(result: RecipientResult, skipped: Collection[object]) -> bool:
    """After sending a recipient alone: does its result prove it was not what stopped the request? Accepted, or
    refused with a code the provider skips inside a multi-recipient request (`per_recipient`). Any other refusal
    proves nothing (a request-level error, a rate limit) and ends the walk."""
    if result.accepted:
        return True
    error = result.error
    return result.status == "rejected" and isinstance(error, APIError) and error.code in skipped


def after_failure(
    numbers: Sequence[Number], error: SmsKitError, operation: str, skipped: Collection[object] = ()
) -> Generator[Number, RecipientResult, list[RecipientResult]]:
    """Per-recipient results for a request of `numbers` that failed as a whole with `error`.

    For an `aborts` refusal of several recipients it yields recipients to send alone, each sent back its result:
    - "recipient" (one recipient's property, such as an unroutable country, the same on every attempt): walk
      back from the last recipient, which was never sent. Sent alone and accepted (or refused with one of the
      `skipped` codes, which never stop a request), it was not the cause, so the cause lies before it and the
      one before is now the last that provably was not sent. Refused again the same way, it is the cause:
      it is rejected, and everyone before it stays unknown; any other result ends the walk the same way.
      Reaching the first recipient, it must be the cause.
    - "request" (e.g. the credit ran out): no recipient is to blame; only the last provably was not sent.
    """
    if not (isinstance(error, APIError) and error.aborts and len(numbers) > 1):
        return failed(numbers, error)
    index = len(numbers) - 1
    tail: list[RecipientResult] = []  # results of numbers[index + 1:], last first
    cause = failed(numbers[index : index + 1], error)[0]
    while error.aborts == "recipient" and index > 0:
        result = yield numbers[index]
        if not _walks_on(result, skipped):
            cause = result
            break
        tail.append(result)
        index -= 1
        cause = failed(numbers[index : index + 1], error)[0]
    unknown = _may_have_left(error, operation)
    before = failed(numbers[:index], unknown)
    return [*before, cause, *reversed(tail)]


def failed_read(exc: BaseException) -> str:
    """`unattributed`'s reason for a read that raised (its type only: its message could hold the request)."""
    return f"reading which ones failed ({type(exc).__name__})"


def unattributed(
    numbers: Sequence[Number], provider: str, operation: str, reference: str, why: str
) -> list[RecipientResult]:
    """The provider took a request but not all of its recipients, and `why` the read that says which does not
    tell: each recipient may have been sent, so each is unknown, with the reference to check it by."""
    error = OutcomeUnknownError(
        f"{provider} took {reference} without every recipient, and {why}; check it before sending again",
        provider=provider, operation=operation, reference=reference,
    )  # fmt: skip
    return failed(numbers, error, reference)
