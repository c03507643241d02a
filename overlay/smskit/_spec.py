"""The provider specs that ship with the package, and typed views of their `x-smskit-*` behaviour.

The specs are the single source of truth: the overlay reads rate limits, batching, text limits, sender rules
and error tables from them at run time instead of repeating them as constants. It reads them compiled:
`tools/generate.py` turns each specs/<id>.yaml, once, into `smskit_specs.<id>` (a Python literal with every
`$ref` resolved), so nothing parses YAML at run time (`resolved_spec`). `load_spec` still parses the YAML
itself, for tests and tools that want the document as written (references and all); it needs PyYAML.
"""

from __future__ import annotations

import functools
import importlib
import re
from importlib import resources
from pathlib import Path
from typing import Any, Final, Literal

import attrs

import smskit_specs

__all__ = ["PROVIDERS", "AlphanumericSender", "Batch", "ErrorEntry", "NumericSender", "Operation", "ProviderSpec",
           "RateLimit", "SenderRules", "TextRules", "load_spec", "provider_spec", "resolved_spec",
           "spec_path"]  # fmt: skip

PROVIDERS: Final = smskit_specs.PROVIDERS
_PER_SECONDS: Final = {"second": 1.0, "minute": 60.0, "hour": 3600.0}
_METHODS: Final = ("get", "put", "post", "delete", "patch")


def spec_path(provider: str) -> Path:
    """The path of `provider`'s spec: packaged in the wheel, or in the checkout for a source tree."""
    if provider not in PROVIDERS:
        raise ValueError(f"provider must be one of {', '.join(PROVIDERS)}; got {provider!r}")
    packaged = Path(str(resources.files("smskit"))) / "_specs" / f"{provider}.yaml"
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "specs" / f"{provider}.yaml"


@functools.cache
def resolved_spec(provider: str) -> dict[str, Any]:
    """`provider`'s spec as compiled at generation, every `$ref` resolved (shared; treat it as read-only)."""
    if provider not in PROVIDERS:
        raise ValueError(f"provider must be one of {', '.join(PROVIDERS)}; got {provider!r}")
    spec: dict[str, Any] = importlib.import_module(f"smskit_specs.{provider}").SPEC
    return spec


@functools.cache
def load_spec(provider: str) -> dict[str, Any]:
    """The spec of `provider` parsed from its YAML, `$ref`s as written (cached; treat it as read-only).

    For tests and tools: needs PyYAML (the `test` extra). The run-time paths read `resolved_spec`.
    """
    import yaml  # only here: importing smskit, making clients and the simulator never parse YAML

    with spec_path(provider).open(encoding="utf-8") as fh:
        spec: dict[str, Any] = yaml.safe_load(fh)
    return spec


@attrs.frozen
class RateLimit:
    requests: int
    per_seconds: float
    bucket: str


@attrs.frozen
class Batch:
    """What the overlay reads of `x-smskit-batch` (its other fields are checked by tests/specs)."""

    max: int


@attrs.frozen
class TextRules:
    """What the overlay reads of `x-smskit-text` (its other fields are checked by tests/specs)."""

    max_parts: int | None
    max_chars: dict[str, int] | None


@attrs.frozen
class NumericSender:
    """`x-smskit-sender.numeric`: a sender of digits (a leading `+` and `separators` not counted)."""

    max_length: int
    allow_plus: bool
    separators: str = ""


@attrs.frozen
class AlphanumericSender:
    """`x-smskit-sender.alphanumeric`: any other sender, letters and digits (`any` script or `ascii`) and `extra`."""

    max_length: int
    letters: Literal["any", "ascii"]
    extra: str = ""


@attrs.frozen(cache_hash=True)  # a cache key on every send
class SenderRules:
    """`x-smskit-sender`: which senders a send takes (None for a kind: not taken)."""

    parameter: str
    required: bool
    numeric: NumericSender | None
    alphanumeric: AlphanumericSender | None


@attrs.frozen
class ErrorEntry:
    code: object
    status: int
    description: str
    kind: str
    retry: Literal["safe", "no", "unsafe"]
    match: str | None = None
    per_recipient: bool = False
    aborts: Literal["recipient", "request"] | None = None  # may stop a multi-recipient request part-way


@attrs.frozen
class Operation:
    id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    rate_limit: RateLimit | None
    batch: Batch | None
    text: TextRules | None
    errors: tuple[ErrorEntry, ...]
    sender: SenderRules | None = None

    @property
    def is_send(self) -> bool:
        """Repeating it could text someone twice: a send, whatever its HTTP method, or any non-GET."""
        return self.text is not None or self.method != "GET"

    def error(self, code: object) -> ErrorEntry | None:
        return next((e for e in self.errors if e.code == code), None)

    @property
    def skipped_codes(self) -> frozenset[object]:
        """Codes the provider reports per recipient and skips inside a multi-recipient request."""
        return frozenset(e.code for e in self.errors if e.per_recipient)


@attrs.frozen
class ProviderSpec:
    id: str
    operations: dict[str, Operation]
    error_code_pointer: str | None
    error_description_pointer: str | None

    def operation_for(self, method: str, path: str) -> Operation | None:
        """The operation a request (method, path below the base URL) is for."""
        for op in self.operations.values():
            if op.method == method and op.pattern.fullmatch(path):
                return op
        return None


def _rate_limit(raw: dict[str, Any] | None, default_bucket: str) -> RateLimit | None:
    if raw is None:
        return None
    return RateLimit(int(raw["requests"]), _PER_SECONDS[raw["per"]], str(raw.get("bucket", default_bucket)))


def _entry(raw: dict[str, Any]) -> ErrorEntry:
    return ErrorEntry(
        code=raw["code"],
        status=int(raw["status"]),
        description=str(raw["description"]),
        kind=str(raw["kind"]),
        retry=raw["retry"],
        match=raw.get("match"),
        per_recipient=bool(raw.get("per_recipient", False)),
        aborts=raw.get("aborts"),
    )


def _sender(raw: dict[str, Any] | None) -> SenderRules | None:
    if raw is None:
        return None
    numeric, alphanumeric = raw.get("numeric"), raw.get("alphanumeric")
    return SenderRules(
        parameter=str(raw["parameter"]),
        required=bool(raw["required"]),
        numeric=None if numeric is None else NumericSender(
            int(numeric["max_length"]), bool(numeric["allow_plus"]), str(numeric.get("separators", ""))
        ),
        alphanumeric=None if alphanumeric is None else AlphanumericSender(
            int(alphanumeric["max_length"]), alphanumeric["letters"], str(alphanumeric.get("extra", ""))
        ),
    )  # fmt: skip


def _pattern(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", path)
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts) + "/?")


@functools.cache
def provider_spec(provider: str) -> ProviderSpec:
    """The typed behaviour of `provider`, read once from its compiled spec."""
    spec = resolved_spec(provider)
    root_errors = [_entry(e) for e in spec.get("x-smskit-errors", [])]
    root_limit = spec.get("x-smskit-rate-limit")
    operations = {}
    for path, item in spec.get("paths", {}).items():
        for method in _METHODS:
            node = item.get(method)
            if node is None:
                continue
            own = [_entry(e) for e in node.get("x-smskit-errors", [])]
            codes = {e.code for e in own}
            batch, text = node.get("x-smskit-batch"), node.get("x-smskit-text")
            op = Operation(
                id=node["operationId"],
                method=method.upper(),
                path=path,
                pattern=_pattern(path),
                rate_limit=_rate_limit(node.get("x-smskit-rate-limit"), node["operationId"])
                or _rate_limit(root_limit, "account"),
                batch=Batch(int(batch["max"])) if batch else None,
                text=TextRules(text.get("max_parts"), text.get("max_chars")) if text else None,
                errors=(*own, *(e for e in root_errors if e.code not in codes)),
                sender=_sender(node.get("x-smskit-sender")),
            )
            operations[op.id] = op
    body = spec.get("x-smskit-error-body", {})
    return ProviderSpec(provider, operations, body.get("code"), body.get("description"))
