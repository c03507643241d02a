"""Rules several providers document alike, written once and parametrised by what each spec says.

Text rules read the operation's `x-smskit-text` (text parameter, part and character limits, encoding parameter),
paging reads a parameter's schema `default`; calendar, time-zone and phone-number validity are the same
everywhere. Each provider module recognises its own refusal (status, error code or text) and asks these whether
the request really breaks the rule.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import zoneinfo
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import phonenumbers

from smskit._spec import load_spec, provider_spec
from smskit.text import Encoding, count_parts, preview

__all__ = ["TextRule", "declared_encoding", "needs_ucs2", "query_default", "real_moment", "text_rule",
           "too_many_chars", "too_many_parts", "unknown_zone", "valid_number"]  # fmt: skip


def _operation_node(provider: str, operation: str) -> dict[str, Any]:
    """The raw spec node of `operation` (the typed view keeps only what the overlay needs)."""
    op = provider_spec(provider).operations[operation]
    node: dict[str, Any] = load_spec(provider)["paths"][op.path][op.method.lower()]
    return node


def _dereferenced(provider: str, node: dict[str, Any]) -> dict[str, Any]:
    """`node`, or what its local `$ref` points at (`load_spec` keeps references as written)."""
    ref = node.get("$ref")
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return node
    target: dict[str, Any] = load_spec(provider)
    for key in ref[2:].split("/"):
        target = target[key]
    return target


# --- text ------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TextRule:
    """An operation's `x-smskit-text`: which parameter holds the text, its limits, how the encoding is asked for."""

    parameter: str
    max_parts: int | None
    max_chars: Mapping[str, int]
    encoding_parameter: str | None  # None: the text's own characters decide its encoding
    ucs2_value: str | None  # the encoding parameter's value that asks for UCS-2


@functools.cache
def text_rule(provider: str, operation: str) -> TextRule:
    raw = _operation_node(provider, operation)["x-smskit-text"]
    encoding = raw.get("encoding") or {}
    return TextRule(
        parameter=str(raw["parameter"]),
        max_parts=raw.get("max_parts"),
        max_chars=dict(raw.get("max_chars") or {}),
        encoding_parameter=encoding.get("parameter"),
        ucs2_value=encoding.get("ucs2"),
    )


def declared_encoding(rule: TextRule, given: Mapping[str, Any]) -> Encoding | None:
    """The encoding a request asks for: UCS-2 for the spec's UCS-2 value, GSM for anything else (GSM is each
    provider's default, and the schemas' enums admit no third value); None when the operation takes no encoding."""
    if rule.encoding_parameter is None:
        return None
    return "ucs2" if given.get(rule.encoding_parameter) == rule.ucs2_value else "gsm"


def needs_ucs2(text: str) -> bool:
    """Whether `text` has characters outside GSM 03.38 (so cannot be sent as plain GSM text)."""
    return preview(text).encoding == "ucs2"


def too_many_parts(rule: TextRule, text: str, encoding: Encoding | None) -> bool:
    """More parts than the spec's `max_parts`, counted in `encoding` (None: the text's own)."""
    if rule.max_parts is None:
        return False
    return count_parts(text, encoding or preview(text).encoding) > rule.max_parts


def too_many_chars(rule: TextRule, text: str, encoding: Encoding) -> bool:
    """More characters than the spec's `max_chars` for `encoding`."""
    return preview(text).characters > rule.max_chars[encoding]


# --- parameters ------------------------------------------------------------------------------------------------
def query_default(provider: str, operation: str, name: str) -> Any:
    """The schema `default` of query parameter `name` (None when the spec states none)."""
    for raw in _operation_node(provider, operation).get("parameters", []):
        parameter = _dereferenced(provider, raw)
        if parameter.get("in") == "query" and parameter.get("name") == name:
            return parameter.get("schema", {}).get("default")
    return None


# --- calendar, zones, numbers ----------------------------------------------------------------------------------
def real_moment(value: Any, formats: Iterable[str]) -> bool:
    """Whether `value` is a real calendar date / time in one of the `strptime` formats."""
    for fmt in formats:
        try:
            dt.datetime.strptime(str(value), fmt)
        except (ValueError, OverflowError):
            continue
        return True
    return False


@functools.cache
def _zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())  # scans the zone database: once per run is enough


def unknown_zone(value: Any) -> bool:
    """Whether `value` names no IANA time zone."""
    return value not in _zones()


def valid_number(raw: Any) -> bool:
    """Whether `raw` is a valid international phone number (`phonenumbers`, independent of the simulator): digits
    and the separators people write, nothing `phonenumbers` would skip or convert (masked digits such as the
    documents' `7736389****`, vanity letters), that its country's numbering plan allows."""
    text = str(raw).strip()
    if re.fullmatch(r"[0-9+()./\- ]+", text) is None:
        return False
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, None))
    except phonenumbers.NumberParseException:
        return False
