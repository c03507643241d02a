"""Delivery reports and inbound messages, parsed from each provider's callback format into one shape.

    event = parse_delivery_report("transmitsms", query=request.url.query)
    event.status        # "delivered" | "failed" | "expired" | "pending"
    event.provider_status  # the provider's own word, kept ("hard-bounce")

Pass what the callback carried: `body` (bytes, str or an already-parsed mapping) for POSTs, `query` for the
GET callbacks of TransmitSMS. Easify signs its status webhook: pass `headers` and your webhook `secret` to
have the signature and its timestamp (within 15 minutes) checked.

What each callback carries, and how its status words read, is data in its spec (`x-smskit-callback`).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from typing import Final, Literal, get_args
from urllib.parse import parse_qsl
from zoneinfo import ZoneInfo

import attrs

from smskit._exceptions import InputError, SmsKitError, UnsupportedOperation
from smskit._numbers import parse_number
from smskit._spec import PROVIDERS, provider_spec
from smskit_specs.model import Callback, Signature

__all__ = ["DeliveryEvent", "InboundMessage", "WebhookError", "parse_delivery_report", "parse_inbound"]

Status = Literal["delivered", "failed", "expired", "pending"]
_STATUSES: Final[dict[str, Status]] = {s: s for s in get_args(Status)}


class WebhookError(SmsKitError, ValueError):
    """A callback that is malformed, or whose signature does not verify."""


@attrs.frozen
class DeliveryEvent:
    """One delivery report. `at` is the provider's own time for the status (Mobyt's `delivery_date`, when the
    handset got the message), not when the callback arrived; in UTC, read from the provider's own zone where it
    writes local times (Mobyt: Europe/Rome); None where the report carries none."""

    provider: str  # the provider id
    status: Status  # the provider's word read as its spec's `x-smskit-callback` reads it; unlisted: "failed"
    provider_status: str  # the provider's own word, as it came
    message_id: str | None  # the id the send's result carried (`RecipientResult.message_id`)
    recipient: str | None  # E.164 (+14155550100) whatever the provider wrote, where the report names one
    at: dt.datetime | None  # the provider's time of this status, in UTC (see above)
    raw: Mapping[str, object] = attrs.field(repr=False)  # every field as it came; may hold the message text


@attrs.frozen
class InboundMessage:
    """One SMS received: a reply, or a message to one of your numbers."""

    provider: str  # the provider id
    sender: str  # E.164 where it is a number (it may be a sender name)
    recipient: str | None  # your number it came to, E.164, where the provider says
    text: str = attrs.field(repr=False)  # the message: kept out of reprs
    at: dt.datetime | None  # when the provider received it, in UTC, where it says
    reply_to: str | None  # the id of the message this answers, where the provider says
    raw: Mapping[str, object] = attrs.field(repr=False)  # every field as it came


def _fields(body: bytes | str | Mapping[str, object] | None, json_body: bool) -> dict[str, object]:
    if body is None:
        return {}
    if isinstance(body, Mapping):
        return dict(body)
    text = body.decode("utf-8") if isinstance(body, bytes) else body
    if json_body:
        try:
            parsed = json.loads(text)
        except ValueError:
            raise WebhookError("the callback body is not JSON") from None
        if not isinstance(parsed, dict):
            raise WebhookError("the callback body is not a JSON object")
        return parsed
    return dict(parse_qsl(text, keep_blank_values=True))


def _require(fields: Mapping[str, object], *names: str) -> None:
    missing = [n for n in names if fields.get(n) in (None, "")]
    if missing:
        raise WebhookError(f"the callback lacks {', '.join(missing)}")


def read_time(value: object, formats: tuple[str, ...], zone: str | None = None) -> dt.datetime | None:
    """A callback's time, in UTC: a value without an offset is read in the spec's `timezone` (UTC if none)."""
    if not isinstance(value, str) or not value:
        return None
    for fmt in formats:
        try:
            parsed = dt.datetime.strptime(value, fmt)
        except ValueError:
            continue
        if parsed.tzinfo is None:
            parsed = parsed.replace(tzinfo=dt.UTC if zone is None else ZoneInfo(zone))
        return parsed.astimezone(dt.UTC)
    return None


def _verify(signature: Signature, raw: bytes | str | Mapping[str, object] | None, headers: Mapping[str, str],
            secret: str, provider: str) -> None:  # fmt: skip
    lower = {k.lower(): v for k, v in headers.items()}
    signed, stamp = lower.get(signature.header.lower()), lower.get(signature.timestamp.lower())
    if not signed or not stamp or not stamp.isdigit():
        raise WebhookError(f"the {provider} webhook carries no signature or timestamp")
    if abs(time.time() - int(stamp)) > signature.tolerance:
        allowed = signature.tolerance
        said = f"{allowed // 60} minutes" if allowed % 60 == 0 else f"{allowed} seconds"
        raise WebhookError(f"the {provider} webhook timestamp is more than {said} off")
    payload = raw if isinstance(raw, bytes) else (raw.encode() if isinstance(raw, str) else json.dumps(raw).encode())
    # Easify (the one signer) signs the hex digest string, then base64-encodes that string, not the digest bytes.
    digest = hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()
    expected = base64.b64encode(digest.encode()).decode()
    if not hmac.compare_digest(expected, signed):
        raise WebhookError(f"the {provider} webhook signature does not verify")


def _number(value: object) -> str | None:
    """A number a callback names, as E.164 (`14155550100` and `+1 415 555 0100` alike); anything that does not
    read as a phone number (a sender name) as it came."""
    text = _opt(value)
    if text is None:
        return None
    try:
        return parse_number(text).e164
    except InputError:
        return text


def _opt(value: object) -> str | None:
    """A field as text, None where the callback left it out or empty (a JSON number becomes its digits)."""
    return None if value is None or value == "" else str(value)


Fields = dict[str, object]


def _read(provider: str, kind: str, body: bytes | str | Mapping[str, object] | None,
          query: str | Mapping[str, object] | None) -> tuple[Callback, Fields, Fields]:  # fmt: skip
    """The provider's callback of `kind` (its spec's `x-smskit-callback`), its fields, and smskit's names for
    them; UnsupportedOperation where the spec documents none."""
    callbacks = (provider_spec(provider).callbacks if provider in PROVIDERS else None) or {}
    callback = callbacks.get(kind)
    if callback is None:
        raise UnsupportedOperation(f"{provider} documents no {kind} callback")
    carried = query if callback.encoding == "query" and query is not None else body
    fields = _fields(carried, json_body=callback.encoding == "json")
    required = ("message_id", "status") if kind == "delivery" else ("sender", "text")
    _require(fields, *(callback.fields[name] for name in required))
    named = {ours: fields.get(theirs) for ours, theirs in callback.fields.items()}
    return callback, fields, named


def parse_delivery_report(
    provider: str,
    body: bytes | str | Mapping[str, object] | None = None,
    *,
    query: str | Mapping[str, object] | None = None,
    headers: Mapping[str, str] | None = None,
    secret: str | None = None,
) -> DeliveryEvent:
    """One delivery report, normalised; raises WebhookError for a malformed or unverifiable one."""
    callbacks = (provider_spec(provider).callbacks if provider in PROVIDERS else None) or {}
    signature = callbacks["delivery"].signature if "delivery" in callbacks else None
    if signature is not None and secret is not None:
        _verify(signature, body, headers or {}, secret, provider)
    callback, fields, named = _read(provider, "delivery", body, query)
    word = str(named["status"])
    # A word the spec does not list is "failed": a final state we cannot read as success is never reported as one.
    status = _STATUSES.get((callback.statuses or {}).get(word, "failed"), "failed")
    at = read_time(named.get("at"), callback.at_formats, callback.timezone)
    return DeliveryEvent(provider, status, word, _opt(named["message_id"]), _number(named.get("recipient")), at, fields)


def parse_inbound(
    provider: str,
    body: bytes | str | Mapping[str, object] | None = None,
    *,
    query: str | Mapping[str, object] | None = None,
) -> InboundMessage:
    """One inbound SMS (a reply or a message to your number), normalised."""
    callback, fields, named = _read(provider, "inbound", body, query)
    at = read_time(named.get("at"), callback.at_formats, callback.timezone)
    return InboundMessage(provider, _number(named["sender"]) or str(named["sender"]), _number(named.get("recipient")),
                          str(named["text"]), at,
                          _opt(named.get("reply_to")), fields)  # fmt: skip
