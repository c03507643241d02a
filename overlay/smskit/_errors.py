"""Turn a provider's error answer into the exception of the same meaning, driven by `x-smskit-errors`.

The spec says, per operation, what each code means (`kind`) and whether the request may have been processed
(`retry: unsafe`). Statuses the spec does not list, even non-standard ones like 520, still map: 429 to
RateLimitedError, other 4xx to InvalidRequestError, 5xx to UnavailableError, and on a send any 5xx or unsafe
code becomes OutcomeUnknownError, because the message may have left.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
import time
from typing import Any, Final

import httpx

from smskit._exceptions import (
    APIError,
    AuthenticationError,
    BlacklistedError,
    ConflictError,
    InsufficientCreditError,
    InvalidMessageError,
    InvalidRecipientError,
    InvalidRequestError,
    InvalidSenderError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    ProviderInternalError,
    RateLimitedError,
    UnavailableError,
    UnexpectedResponseError,
)
from smskit._spec import ErrorEntry, Operation, ProviderSpec

__all__ = ["KIND_TO_ERROR", "ProviderAnswer", "error_for", "read_answer", "retry_after"]

KIND_TO_ERROR: Final[dict[str, type[APIError]]] = {
    "authentication": AuthenticationError,
    "permission": PermissionDeniedError,
    "insufficient_credit": InsufficientCreditError,
    "invalid_recipient": InvalidRecipientError,
    "invalid_sender": InvalidSenderError,
    "invalid_message": InvalidMessageError,
    "invalid_request": InvalidRequestError,
    "blacklisted": BlacklistedError,
    "rate_limited": RateLimitedError,
    "not_found": NotFoundError,
    "conflict": ConflictError,
    "unavailable": UnavailableError,
    "internal": ProviderInternalError,
}

_WAIT_IN_TEXT: Final = re.compile(r"(?:in|after)\s+(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)\b", re.IGNORECASE)


class ProviderAnswer:
    """What an error answer says: the provider's code and description (by the spec's pointers), and the
    documented entry they match."""

    __slots__ = ("code", "description", "entry")

    def __init__(self, code: object, description: str | None, entry: ErrorEntry | None) -> None:
        self.code, self.description, self.entry = code, description, entry


def _pointer(body: Any, pointer: str | None) -> Any:
    if pointer is None:
        return None
    node = body
    for token in pointer.lstrip("/").split("/"):
        if not isinstance(node, dict) or token not in node:
            return None
        node = node[token]
    return node


def read_answer(spec: ProviderSpec, op: Operation | None, response: httpx.Response) -> ProviderAnswer:
    """The provider's code and description in `response`, and the spec entry they are documented as."""
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        body = None
    code = _pointer(body, spec.error_code_pointer)
    raw_description = _pointer(body, spec.error_description_pointer)
    description = raw_description if isinstance(raw_description, str) else None
    entries = op.errors if op is not None else ()
    entry = None
    if code is not None:
        entry = next((e for e in entries if e.code == code and e.status == response.status_code), None)
        entry = entry or next((e for e in entries if e.code == code), None)
    if entry is None:
        same_status = [e for e in entries if e.status == response.status_code and not e.per_recipient]
        if description is not None:
            entry = next((e for e in same_status if e.match and e.match in description), None)
        entry = (
            entry or next((e for e in same_status if not e.match), None) or (same_status[0] if same_status else None)
        )
    if code is None and entry is not None and spec.error_code_pointer is None:
        code = entry.code  # providers without codes in their bodies: our documented slug
    return ProviderAnswer(code, description or (entry.description if entry else None), entry)


def retry_after(response: httpx.Response, description: str | None) -> float | None:
    """Seconds to wait: the Retry-After header (seconds or a date), else a wait stated in the message."""
    header = response.headers.get("retry-after")
    if header:
        try:
            return max(0.0, float(header))
        except ValueError:
            try:
                when: dt.datetime | None = email.utils.parsedate_to_datetime(header)
            except (TypeError, ValueError):  # neither seconds nor an HTTP date: read the message, else back off
                when = None
            if when is not None:
                return max(0.0, when.timestamp() - time.time())
    if description:
        found = _WAIT_IN_TEXT.search(description)
        if found:
            return float(found.group(1))
    return None


def error_for(spec: ProviderSpec, op: Operation | None, response: httpx.Response) -> APIError | OutcomeUnknownError:
    """The exception for an error answer to `op` (an operation of `spec`)."""
    answer = read_answer(spec, op, response)
    status = response.status_code
    entry = answer.entry
    operation = op.id if op is not None else None
    common: dict[str, Any] = {
        "provider": spec.id,
        "status_code": status,
        "code": answer.code,
        "description": answer.description,
        "response": response,
        "operation": operation,
    }
    said = f"{spec.id} answered {status}" + (f" {answer.code!r}" if answer.code is not None else "")
    said += f": {answer.description}" if answer.description else ""
    is_send = op is not None and op.is_send
    if entry is not None:
        if is_send and entry.retry == "unsafe":
            return OutcomeUnknownError(f"{said} (the provider may have processed it; not re-sent)", **common)
        cls = KIND_TO_ERROR.get(entry.kind, UnexpectedResponseError)
    elif status == 429:
        cls = RateLimitedError
    elif status >= 500 and is_send:
        return OutcomeUnknownError(f"{said} (undocumented; the provider may have processed it)", **common)
    elif status >= 500:
        cls = UnavailableError
    elif 400 <= status < 500:
        cls = InvalidRequestError
    else:
        cls = UnexpectedResponseError
    if cls is RateLimitedError:
        return RateLimitedError(said, retry_after=retry_after(response, answer.description), **common)
    return cls(said, **common)
