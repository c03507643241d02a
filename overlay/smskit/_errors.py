"""Turn a provider's error answer into the exception of the same meaning, driven by `x-smskit-errors`.

The spec says, per operation, what each code means (`kind`) and whether the request may have been processed
(`retry: unsafe`). Statuses the spec does not list, even non-standard ones like 520, still map: 429 to
RateLimitedError, other 4xx to InvalidRequestError, 5xx to UnavailableError. On a send, an answer is a refusal
(`not_processed`) only when it is a 429 or the provider's own documented body for a code that is not `unsafe`;
anything else (an unsafe code, a proxy's page, a body of another shape) is OutcomeUnknownError, because the
message may have left.
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
from smskit._scrub import scrubbed
from smskit._spec import ErrorEntry, Operation, ProviderSpec

__all__ = ["KIND_TO_ERROR", "ProviderAnswer", "error_for", "read_answer", "retry_after"]

KIND_TO_ERROR: Final[dict[str, type[APIError]]] = {
    "authentication": AuthenticationError,
    "permission": PermissionDeniedError,
    "insufficient_credit": InsufficientCreditError,
    "invalid_recipient": InvalidRecipientError,
    "unroutable": InvalidRecipientError,  # this provider cannot reach the number (country, network): another may
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

# RFC 9110 delay-seconds (digits), a decimal fraction tolerated; float() would also take nan, inf and -5.
_DELAY_SECONDS: Final = re.compile(r"\s*([0-9]+(?:\.[0-9]+)?)\s*")
_WAIT_IN_TEXT: Final = re.compile(r"(?:in|after)\s+(\d+(?:\.\d+)?)\s*(?:seconds?|secs?|s)\b", re.IGNORECASE)


class ProviderAnswer:
    """What an error answer says: the provider's code and description (by the spec's pointers), the documented
    entry they match, and whether the body itself shows it is that entry (`documented`).

    An entry found by HTTP status alone (an HTML 502 from a proxy, a body of another shape) still names the
    likely meaning, but is no evidence that the provider refused the request: `documented` is then False.
    """

    __slots__ = ("code", "description", "documented", "entry")

    def __init__(self, code: object, description: str | None, entry: ErrorEntry | None, documented: bool) -> None:
        self.code, self.description, self.entry, self.documented = code, description, entry, documented


def _pointer(body: Any, pointer: str | None) -> Any:
    if pointer is None:
        return None
    node = body
    for token in pointer.lstrip("/").split("/"):
        if not isinstance(node, dict) or token not in node:
            return None
        node = node[token]
    return node


def _is_text(response: httpx.Response) -> bool:
    content_type: str = response.headers.get("content-type", "")
    return content_type.split(";")[0].strip().lower() == "text/plain"


def read_answer(spec: ProviderSpec, op: Operation | None, response: httpx.Response) -> ProviderAnswer:
    """The provider's code and description in `response`, and the spec entry they are documented as."""
    status = response.status_code
    if op is not None and status in op.text_statuses and _is_text(response):
        # A status whose answer the spec declares may be bare text (Mobyt's 401 / 404): its meaning is the
        # status and the operation, whatever the words; the text body is the provider's documented answer.
        entry = next((e for e in op.errors if e.status == status and not e.per_recipient), None)
        if entry is not None:
            return ProviderAnswer(entry.code, response.text.strip()[:500] or entry.description, entry, True)
    try:
        body = json.loads(response.content) if response.content else None
    except ValueError:
        body = None
    code = _pointer(body, spec.error_code_pointer)
    raw_description = _pointer(body, spec.error_description_pointer)
    description = raw_description if isinstance(raw_description, str) else None
    entries = op.errors if op is not None else ()
    entry = None
    documented = False
    if code is not None:
        entry = next((e for e in entries if e.code == code and e.status == status), None)
        entry = entry or next((e for e in entries if e.code == code), None)
        documented = entry is not None
    if entry is None:
        same_status = [e for e in entries if e.status == status and not e.per_recipient]
        if description is not None:
            entry = next((e for e in same_status if e.match and e.match in description), None)
            if entry is None and spec.error_code_pointer is None:
                entry = next((e for e in same_status if not e.match), None)
            # Without codes in its bodies, the provider's own body shape (a description where the spec says)
            # with a documented entry for the status is the evidence.
            documented = entry is not None
        entry = (
            entry or next((e for e in same_status if not e.match), None) or (same_status[0] if same_status else None)
        )
    if code is None and entry is not None and spec.error_code_pointer is None:
        code = entry.code  # providers without codes in their bodies: our documented slug
    return ProviderAnswer(code, description or (entry.description if entry else None), entry, documented)


def retry_after(response: httpx.Response, description: str | None, op: Operation | None = None) -> float | None:
    """Seconds to wait: the Retry-After header (seconds or a date), else a wait stated in the message, else the
    wait the documents give for `op` (its `x-smskit-rate-limit.retry_after`: EasySendSMS balance, 60 s).

    A header that is neither (`nan`, `inf`, `-5`, garbage) counts as absent: the message's wait, else the
    documented one, else backoff."""
    header = response.headers.get("retry-after")
    if header:
        seconds = _DELAY_SECONDS.fullmatch(header)
        if seconds is not None:
            return float(seconds.group(1))
        try:
            when: dt.datetime | None = email.utils.parsedate_to_datetime(header)
        except (TypeError, ValueError, IndexError, OverflowError):  # not an HTTP date either
            when = None
        if when is not None:
            if when.tzinfo is None:  # "-0000": a date in UTC with no stated zone
                when = when.replace(tzinfo=dt.UTC)
            return max(0.0, when.timestamp() - time.time())
    if description:
        found = _WAIT_IN_TEXT.search(description)
        if found:
            return float(found.group(1))
    limit = op.rate_limit if op is not None else None
    return limit.retry_after if limit is not None else None


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
        "response": scrubbed(response),  # no credential header, query value or body
        "operation": operation,
    }
    said = f"{spec.id} answered {status}" + (f" {answer.code!r}" if answer.code is not None else "")
    said += f": {answer.description}" if answer.description else ""
    is_send = op is not None and op.is_send
    # 429 means "not processed" whoever answers it (RFC 6585); anything else only in the provider's own words.
    refused = status == 429 or (answer.documented and entry is not None and entry.retry != "unsafe")
    if is_send and not refused:
        why = "the provider may have processed it" if answer.documented else "not the provider's documented answer"
        return OutcomeUnknownError(f"{said} ({why}; not re-sent)", **common)
    if entry is not None:
        cls = KIND_TO_ERROR.get(entry.kind, UnexpectedResponseError)
    elif status == 429:
        cls = RateLimitedError
    elif status >= 500:
        cls = UnavailableError
    elif 400 <= status < 500:
        cls = InvalidRequestError
    else:
        cls = UnexpectedResponseError
    common["not_processed"] = refused
    common["aborts"] = entry.aborts if refused and entry is not None else None
    if cls is RateLimitedError:
        return RateLimitedError(said, retry_after=retry_after(response, answer.description, op), **common)
    return cls(said, **common)
