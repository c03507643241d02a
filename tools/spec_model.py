"""The typed behaviour of a provider spec: what its `x-smskit-*` extensions and operations say, as data.

This file is the source of `smskit_specs.model`: tools/generate.py copies it there and writes, beside it, one
`smskit_specs.<id>` module per spec whose `PROVIDER` is built from these classes. The SDK and the simulator
both read those; neither parses a spec at run time, and neither reads the other's reading of one.
(specs/CONVENTIONS.md says what each extension means.)
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "AlphanumericSender",
    "Batch",
    "Callback",
    "EncodingField",
    "ErrorEntry",
    "NumericSender",
    "Operation",
    "ProviderSpec",
    "RateLimit",
    "SecurityScheme",
    "SenderRules",
    "Signature",
    "TextRules",
]

Retry = Literal["safe", "no", "unsafe"]


@dataclass(frozen=True, slots=True)
class RateLimit:
    """`x-smskit-rate-limit`: `requests` per `per_seconds`, shared by the operations naming the same `bucket`;
    `retry_after` the wait in seconds the documents ask for after a 429 (None: they state none)."""

    requests: int
    per_seconds: float
    bucket: str
    scope: Literal["account", "ip"] = "account"
    retry_after: float | None = None


@dataclass(frozen=True, slots=True)
class Batch:
    """`x-smskit-batch`: how a send packs recipients into `parameter`."""

    parameter: str
    max: int
    separator: str | None  # None: a JSON array
    dedupe: bool
    number_format: Literal["digits", "e164", "national"]
    # what a send's id names: each recipient's message, the whole request's (shared by its recipients), or none
    message_id: Literal["recipient", "batch"] | None = None


@dataclass(frozen=True, slots=True)
class EncodingField:
    """`x-smskit-text.encoding`: the request field that says how the text is encoded, and its two values."""

    parameter: str
    gsm: str
    ucs2: str


@dataclass(frozen=True, slots=True)
class TextRules:
    """`x-smskit-text`: the field holding the text and its limits (None: the documents state none)."""

    parameter: str
    max_parts: int | None
    max_chars: Mapping[str, int] | None  # by encoding ("gsm" / "ucs2")
    encoding: EncodingField | None


@dataclass(frozen=True, slots=True)
class NumericSender:
    """`x-smskit-sender.numeric`: a sender of digits (a leading `+` and `separators` not counted)."""

    max_length: int
    allow_plus: bool
    separators: str = ""


@dataclass(frozen=True, slots=True)
class AlphanumericSender:
    """`x-smskit-sender.alphanumeric`: any other sender, letters and digits (`any` script or `ascii`) and `extra`."""

    max_length: int
    letters: Literal["any", "ascii"]
    extra: str = ""


@dataclass(frozen=True, slots=True)
class SenderRules:
    """`x-smskit-sender`: which senders a send takes (None for a kind: not taken)."""

    parameter: str
    required: bool
    numeric: NumericSender | None
    alphanumeric: AlphanumericSender | None


@dataclass(frozen=True, slots=True)
class ErrorEntry:
    """One `x-smskit-errors` entry."""

    code: str | int
    status: int
    description: str
    kind: str
    retry: Retry
    match: str | None = None
    per_recipient: bool = False
    aborts: Literal["recipient", "request"] | None = None  # may stop a multi-recipient request part-way


@dataclass(frozen=True, slots=True)
class Signature:
    """`x-smskit-callback.signature`: the headers a signed callback carries, and how old its timestamp may be."""

    header: str
    timestamp: str
    tolerance: int  # seconds


@dataclass(frozen=True, slots=True)
class Callback:
    """`x-smskit-callback` of a webhook: how smskit reads it. `fields` maps smskit's names (delivery:
    message_id, status, recipient, at; inbound: sender, text, recipient, at, reply_to) to the provider's;
    `statuses` its status words to delivered / failed / expired / pending; `timezone` the IANA zone its times
    without an offset are written in (None: UTC)."""

    operation_id: str
    kind: Literal["delivery", "inbound"]
    encoding: Literal["query", "form", "json"]  # where its fields travel: the query string, a form or JSON body
    fields: Mapping[str, str]
    at_formats: tuple[str, ...] = ()
    statuses: Mapping[str, str] | None = None
    signature: Signature | None = None
    timezone: str | None = None


def _path_pattern(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", path)
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts) + "/?")


@dataclass(frozen=True, slots=True)
class Operation:
    """One operation: where it lives and the behaviour its spec gives it. `errors` is its own table, then the
    provider-wide entries it does not override; `rate_limit` its own or the provider-wide one."""

    id: str
    method: str  # upper case
    path: str
    rate_limit: RateLimit | None = None
    batch: Batch | None = None
    text: TextRules | None = None
    sender: SenderRules | None = None
    errors: tuple[ErrorEntry, ...] = ()
    # error statuses whose answer the spec declares may be bare text (Mobyt's 401 / 404): the status is the meaning
    text_statuses: tuple[int, ...] = ()
    # the documented `maximum` of each integer request field (TransmitSMS get-sms-sent `max`: 100)
    maximums: Mapping[str, int] | None = None
    pattern: re.Pattern[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "pattern", _path_pattern(self.path))

    @property
    def is_send(self) -> bool:
        """Repeating it could text someone twice: a send, whatever its HTTP method, or any non-GET."""
        return self.text is not None or self.method != "GET"

    def error(self, code: object) -> ErrorEntry | None:
        return next((e for e in self.errors if e.code == code), None)

    @property
    def skipped_codes(self) -> frozenset[str | int]:
        """Codes the provider reports per recipient and skips inside a multi-recipient request."""
        return frozenset(e.code for e in self.errors if e.per_recipient)


@dataclass(frozen=True, slots=True)
class SecurityScheme:
    """One of `components.securitySchemes`: `http` with its `scheme` (basic, bearer), or `apiKey` in the header
    `name`."""

    type: Literal["http", "apiKey"]
    scheme: str | None = None
    name: str | None = None


@dataclass(frozen=True, slots=True)
class ProviderSpec:
    """A provider: its servers, its operations by operationId, where its error answers keep code and text, and
    the headers its security schemes carry credentials in (lower case)."""

    id: str
    servers: tuple[str, ...]
    operations: Mapping[str, Operation]
    error_code_pointer: str | None = None
    error_description_pointer: str | None = None
    credential_headers: tuple[str, ...] = ()
    callbacks: Mapping[str, Callback] | None = None  # by kind: "delivery", "inbound"
    security_schemes: Mapping[str, SecurityScheme] | None = None  # by the spec's scheme name
    _routes: Mapping[tuple[str, str], Operation] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_routes", {(op.method, op.path): op for op in self.operations.values()})

    def route(self, method: str, path: str) -> Operation:
        """The operation at `method` (upper case) and `path` as the spec writes it (`/sms/{order_id}`)."""
        return self._routes[method, path]

    def operation_for(self, method: str, path: str) -> Operation | None:
        """The operation a request (method, path below the base URL) is for."""
        for op in self.operations.values():
            if op.method == method and op.pattern.fullmatch(path):
                return op
        return None
