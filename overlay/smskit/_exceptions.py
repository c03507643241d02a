"""One exception tree for every provider.

    SmsKitError
    ├── InputError (ValueError)                   bad input, caught before any request: names the field and rule
    ├── SendError                                 `SendResults.raise_for_errors()`: not every recipient accepted
    ├── UnsupportedOperation (NotImplementedError) the provider does not offer this (e.g. scheduling on EzzySMS)
    ├── InsecureURLError (ValueError)             plain http:// to anything but a loopback address
    ├── ClosedError (RuntimeError)                the client was closed: nothing was sent
    ├── APIError                                  the provider answered with an error
    │   ├── AuthenticationError (PermissionError) missing or wrong credentials
    │   ├── PermissionDeniedError (PermissionError) inactive key / account, plan, IP not allowed
    │   ├── InsufficientCreditError               balance too low
    │   ├── InvalidRecipientError (ValueError)    number invalid, unroutable, unsupported type
    │   ├── InvalidSenderError (ValueError)       sender id refused
    │   ├── InvalidMessageError (ValueError)      text refused (length, content)
    │   ├── InvalidRequestError (ValueError)      any other refused input
    │   ├── BlacklistedError                      recipient opted out / blacklisted / do-not-disturb
    │   ├── RateLimitedError                      429; `retry_after` in seconds when the provider says
    │   ├── NotFoundError (LookupError)           no such message, list, order...
    │   ├── ConflictError                         exists already, or already sent
    │   ├── UnavailableError                      the service is down or the gateway failed
    │   ├── ProviderInternalError                 the provider's own internal error
    │   └── UnexpectedResponseError               an answer the spec does not describe
    └── TransportError (ConnectionError)          no usable answer arrived
        ├── ConnectError                          never connected: nothing was sent
        └── OutcomeUnknownError                   the request may have been processed (read timeout, dropped
            └── TimeoutError (builtin TimeoutError)   connection, 5xx on a send): never re-sent automatically

Every `APIError` carries `provider`, `status_code`, `code` (the provider's own), `description` (the provider's
own words), `response` (the raw `httpx.Response`) and `not_processed` (a documented answer said the request was
not processed); none carries credentials or message text.

`send()` raises an account-level refusal (`AuthenticationError`, `PermissionDeniedError`,
`InsufficientCreditError`) instead of reporting it per recipient when nothing of the send went out, every
recipient's result in `results`; once anyone may have been texted, it returns the results instead.
"""

from __future__ import annotations

import builtins
import pickle
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import httpx

from smskit._scrub import scrubbed

if TYPE_CHECKING:
    from smskit._results import RecipientResult

E = TypeVar("E", bound="SmsKitError")

__all__ = [
    "APIError",
    "AuthenticationError",
    "BlacklistedError",
    "ClosedError",
    "ConflictError",
    "ConnectError",
    "InputError",
    "InsecureURLError",
    "InsufficientCreditError",
    "InvalidMessageError",
    "InvalidRecipientError",
    "InvalidRequestError",
    "InvalidSenderError",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "ProviderInternalError",
    "RateLimitedError",
    "SendError",
    "SmsKitError",
    "TimeoutError",
    "TransportError",
    "UnavailableError",
    "UnexpectedResponseError",
    "UnsupportedOperation",
]


class SmsKitError(Exception):
    """Base of every error smskit raises.

    Every one survives a pickle round trip (a worker process raising one, a result cache): it is rebuilt
    as the same class with the same message and attributes, whatever its constructor takes. A `response`
    travels scrubbed (see `smskit._scrub`), or not at all if it cannot be pickled.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        state = dict(vars(self))
        response = state.get("response")
        if isinstance(response, httpx.Response):
            state["response"] = _portable(scrubbed(response))
        return _rebuild, (type(self), self.args, state)


def _portable(response: httpx.Response) -> httpx.Response | None:
    try:
        pickle.dumps(response)
    except Exception:  # a transport's own response type, say: the error travels without it
        return None
    return response


def _rebuild(cls: type[E], args: tuple[Any, ...], state: dict[str, Any]) -> E:
    """Unpickle an smskit error without calling its constructor (its keyword-only arguments are in `state`)."""
    error = cls.__new__(cls, *args)
    error.args = args
    error.__dict__.update(state)
    return error


def raised_with(error: E, results: Sequence[RecipientResult]) -> E:
    """A copy of `error` carrying `results`, to raise: the stored one keeps no traceback (see _scrub.detached)."""
    return _rebuild(type(error), error.args, {**vars(error), "results": results})


class InputError(SmsKitError, ValueError):
    """Input refused before any request was made; `field` and `rule` say what and why."""

    def __init__(self, field: str, rule: str, message: str) -> None:
        super().__init__(f"{field}: {message} ({rule})")
        self.field, self.rule, self.message = field, rule, message

    def at(self, field: str) -> InputError:
        """The same refusal, naming a more precise field (e.g. `to[3]` for `to`)."""
        return InputError(field, self.rule, self.message)


class SendError(SmsKitError):
    """Not every recipient of a send was accepted (`SendResults.raise_for_errors()`); `results` holds them all."""

    def __init__(self, message: str, *, results: Sequence[RecipientResult]) -> None:
        super().__init__(message)
        self.results = results


class ClosedError(SmsKitError, RuntimeError):
    """The client was closed (`close()`, or the end of its `with` block): nothing was sent."""


class UnsupportedOperation(SmsKitError, NotImplementedError):
    """The provider's API has no such capability."""


class InsecureURLError(SmsKitError, ValueError):
    """Credentials would travel in clear text: http:// is only allowed to loopback addresses."""


class APIError(SmsKitError):
    """The provider answered with an error (see the subclasses for each meaning)."""

    # On an account-level refusal `send()` raised: every recipient's result (all `rejected`).
    results: Sequence[RecipientResult] | None = None

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        status_code: int | None = None,
        code: object = None,
        description: str | None = None,
        response: httpx.Response | None = None,
        operation: str | None = None,
        not_processed: bool = False,
        aborts: str | None = None,
    ) -> None:
        super().__init__(message)
        self.provider, self.status_code, self.code = provider, status_code, code
        self.description, self.response, self.operation = description, response, operation
        # True only when a documented answer of the provider says it did not process the request: the one
        # case (besides a connection never made) in which a send's recipients are reported `rejected`.
        self.not_processed = not_processed
        # The spec's reading of a refusal that may stop a multi-recipient request part-way (`x-smskit-errors`
        # `aborts`): "recipient" (one recipient caused it) or "request"; None when it never does.
        self.aborts = aborts


class AuthenticationError(APIError, PermissionError):
    """Missing or wrong credentials."""


class PermissionDeniedError(APIError, PermissionError):
    """The credentials are right but not allowed: an inactive key or account, the plan, an IP not allowed."""


class InsufficientCreditError(APIError):
    """The account's balance is too low for the request."""


class InvalidRecipientError(APIError, ValueError):
    """A recipient number is invalid, unroutable, or of a type the provider does not serve."""


class InvalidSenderError(APIError, ValueError):
    """The sender id was refused."""


class InvalidMessageError(APIError, ValueError):
    """The message text was refused (its length or its content)."""


class InvalidRequestError(APIError, ValueError):
    """Any other input the provider refused."""


class BlacklistedError(APIError):
    """The recipient opted out, is blacklisted, or is on a do-not-disturb list."""


class RateLimitedError(APIError):
    """Too many requests; `retry_after` is the wait in seconds the provider asked for, when it said."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: object) -> None:
        super().__init__(message, **kwargs)  # type: ignore[arg-type]
        self.retry_after = retry_after


class NotFoundError(APIError, LookupError):
    """No such message, list, order or other resource."""


class ConflictError(APIError):
    """It exists already, or was already sent."""


class UnavailableError(APIError):
    """The service is down or its gateway failed."""


class ProviderInternalError(APIError):
    """The provider reported an internal error of its own."""


class UnexpectedResponseError(APIError):
    """An answer the spec does not describe."""


class TransportError(SmsKitError, ConnectionError):
    """No usable answer arrived."""

    def __init__(self, message: str, *, provider: str, operation: str | None = None) -> None:
        super().__init__(message)
        self.provider, self.operation = provider, operation


class ConnectError(TransportError):
    """The connection was never established: the provider cannot have received anything."""


class OutcomeUnknownError(TransportError):
    """The request may have reached the provider and been processed; smskit does not send it again.

    For a send, check the recipients' status (or the provider's order with `reference`) before re-sending.
    """

    def __init__(
        self,
        message: str,
        *,
        provider: str,
        operation: str | None = None,
        status_code: int | None = None,
        code: object = None,
        description: str | None = None,
        response: httpx.Response | None = None,
        reference: str | None = None,
    ) -> None:
        super().__init__(message, provider=provider, operation=operation)
        self.status_code, self.code, self.description = status_code, code, description
        self.response, self.reference = response, reference


class TimeoutError(OutcomeUnknownError, builtins.TimeoutError):
    """The answer did not come in time: the provider may still have processed the request."""
