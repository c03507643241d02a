"""Compile a spec's behaviour into `smskit_specs.model` objects, and write them as Python source.

`behaviour(spec)` reads a spec whose `$ref`s are resolved (tools/generate.py's `resolve_refs`) and returns its
`ProviderSpec`; `source(value)` writes any such object as the Python expression that rebuilds it, one field a
line down to the error tables, so a spec change shows as a diff of the lines it touched.
"""

from __future__ import annotations

import dataclasses
from typing import Any, Literal

from tools.spec_model import (
    AlphanumericSender,
    Batch,
    Callback,
    EncodingField,
    ErrorEntry,
    NumericSender,
    Operation,
    ProviderSpec,
    RateLimit,
    SecurityScheme,
    SenderRules,
    Signature,
    TextRules,
)

_PER_SECONDS = {"second": 1.0, "minute": 60.0, "hour": 3600.0}
_METHODS = ("get", "put", "post", "delete", "patch")
MODEL_NAMES = tuple(
    cls.__name__
    for cls in (AlphanumericSender, Batch, Callback, EncodingField, ErrorEntry, NumericSender, Operation,
                ProviderSpec, RateLimit, SecurityScheme, SenderRules, Signature, TextRules)
)  # fmt: skip


def _rate_limit(raw: dict[str, Any] | None, default_bucket: str) -> RateLimit | None:
    if raw is None:
        return None
    wait = raw.get("retry_after")
    return RateLimit(int(raw["requests"]), _PER_SECONDS[raw["per"]], str(raw.get("bucket", default_bucket)),
                     raw.get("scope", "account"), None if wait is None else float(wait))  # fmt: skip


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


def _batch(raw: dict[str, Any] | None) -> Batch | None:
    if raw is None:
        return None
    return Batch(str(raw["parameter"]), int(raw["max"]), raw.get("separator"), bool(raw.get("dedupe", True)),
                 raw["number_format"], raw.get("message_id"))  # fmt: skip


def _text(raw: dict[str, Any] | None) -> TextRules | None:
    if raw is None:
        return None
    encoding = raw.get("encoding")
    field = None if encoding is None else EncodingField(encoding["parameter"], encoding["gsm"], encoding["ucs2"])
    chars = raw.get("max_chars")
    return TextRules(str(raw["parameter"]), raw.get("max_parts"), None if chars is None else dict(chars), field)


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


def _callbacks(spec: dict[str, Any]) -> dict[str, Callback] | None:
    found = {}
    for item in (spec.get("webhooks") or {}).values():
        for method in _METHODS:
            node = item.get(method)
            raw = None if node is None else node.get("x-smskit-callback")
            if raw is None:
                continue
            content = (node.get("requestBody") or {}).get("content") or {}
            encoding: Literal["query", "form", "json"] = (
                "json" if "application/json" in content else "form" if content else "query"
            )
            signature = raw.get("signature")
            found[raw["kind"]] = Callback(
                operation_id=node["operationId"],
                kind=raw["kind"],
                encoding=encoding,
                fields=dict(raw["fields"]),
                at_formats=tuple(raw.get("at_formats", ())),
                statuses=dict(raw["statuses"]) if "statuses" in raw else None,
                signature=None if signature is None else Signature(
                    signature["header"], signature["timestamp"], int(signature["tolerance"])
                ),
                timezone=raw.get("timezone"),
            )  # fmt: skip
    return found or None


def _text_statuses(node: dict[str, Any]) -> tuple[int, ...]:
    answers = node.get("responses") or {}
    return tuple(int(code) for code, answer in answers.items()
                 if code.isdigit() and int(code) >= 300 and "text/plain" in (answer.get("content") or {}))  # fmt: skip


def _maximums(node: dict[str, Any]) -> dict[str, int] | None:
    schemas = [p.get("schema") or {} for p in node.get("parameters") or []]
    names = [p["name"] for p in node.get("parameters") or []]
    for content in ((node.get("requestBody") or {}).get("content") or {}).values():
        properties = (content.get("schema") or {}).get("properties") or {}
        names.extend(properties)
        schemas.extend(properties.values())
    found = {n: int(s["maximum"]) for n, s in zip(names, schemas, strict=True) if s.get("type") == "integer"
             and "maximum" in s}  # fmt: skip
    return found or None


def _security(schemes: dict[str, Any]) -> dict[str, SecurityScheme] | None:
    found = {name: SecurityScheme(raw["type"], raw.get("scheme"), raw.get("name")) for name, raw in schemes.items()}
    return found or None


def behaviour(provider: str, spec: dict[str, Any]) -> ProviderSpec:
    """The typed behaviour of `spec` (resolved): every operation with its limits, rules and error table."""
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
            op = Operation(
                id=node["operationId"],
                method=method.upper(),
                path=path,
                rate_limit=_rate_limit(node.get("x-smskit-rate-limit"), node["operationId"])
                or _rate_limit(root_limit, "account"),
                batch=_batch(node.get("x-smskit-batch")),
                text=_text(node.get("x-smskit-text")),
                sender=_sender(node.get("x-smskit-sender")),
                errors=(*own, *(e for e in root_errors if e.code not in codes)),
                text_statuses=_text_statuses(node),
                maximums=_maximums(node),
            )
            operations[op.id] = op
    body = spec.get("x-smskit-error-body", {})
    servers = tuple(str(s["url"]) for s in spec.get("servers", []))
    schemes = (spec.get("components") or {}).get("securitySchemes") or {}
    headers = tuple(
        str(s["name"]).lower() for s in schemes.values() if s.get("type") == "apiKey" and s.get("in") == "header"
    )
    return ProviderSpec(provider, servers, operations, body.get("code"), body.get("description"), headers,
                        _callbacks(spec), _security(schemes))  # fmt: skip


def source(value: Any, depth: int = 0) -> str:
    """`value` (model objects, dicts, tuples and JSON scalars) as Python source that rebuilds it."""
    pad, inner = "    " * depth, "    " * (depth + 1)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = [f for f in dataclasses.fields(value) if f.init]
        args = [(f.name, getattr(value, f.name)) for f in fields if getattr(value, f.name) != f.default]
        if depth >= 3 or not any(_nested(v) for _, v in args):
            return f"{type(value).__name__}({', '.join(f'{k}={source(v, 9)}' for k, v in args)})"
        body = "".join(f"{inner}{k}={source(v, depth + 1)},\n" for k, v in args)
        return f"{type(value).__name__}(\n{body}{pad})"
    if isinstance(value, dict):
        if depth >= 3 or not value:
            return "{" + ", ".join(f"{k!r}: {source(v, 9)}" for k, v in value.items()) + "}"
        return "{\n" + "".join(f"{inner}{k!r}: {source(v, depth + 1)},\n" for k, v in value.items()) + pad + "}"
    if isinstance(value, tuple):
        if depth >= 4 or not value:
            return "(" + ", ".join(source(v, 9) for v in value) + ("," if len(value) == 1 else "") + ")"
        return "(\n" + "".join(f"{inner}{source(v, depth + 1)},\n" for v in value) + pad + ")"
    if value is None or isinstance(value, str | bool | int | float):
        return repr(value)
    raise TypeError(f"not a compiled-spec value: {type(value).__name__}")


def _nested(value: Any) -> bool:
    return (dataclasses.is_dataclass(value) and not isinstance(value, type)) or (
        isinstance(value, dict | tuple) and bool(value)
    )
