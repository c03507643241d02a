"""Delivery reports and inbound messages, parsed from each provider's callback format into one shape.

    event = parse_delivery_report("transmitsms", query=request.url.query)
    event.status        # "delivered" | "failed" | "expired" | "pending"
    event.provider_status  # the provider's own word, kept ("hard-bounce")

Pass what the callback carried: `body` (bytes, str or an already-parsed mapping) for POSTs, `query` for the
GET callbacks of TransmitSMS. Easify signs its status webhook: pass `headers` and your webhook `secret` to
have the signature and its timestamp (within 15 minutes) checked.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import time
from collections.abc import Mapping
from typing import Final, Literal
from urllib.parse import parse_qsl

import attrs

from smskit._exceptions import SmsKitError, UnsupportedOperation

__all__ = ["DeliveryEvent", "InboundMessage", "WebhookError", "parse_delivery_report", "parse_inbound"]

Status = Literal["delivered", "failed", "expired", "pending"]

# Provider status word -> normalised status. Anything unlisted is "failed": a final state we cannot read as
# success must not be reported as one.
_STATUS: Final[dict[str, dict[str, Status]]] = {
    "easysendsms": {"DELIVRD": "delivered", "EXPIRED": "expired", "UNDELIV": "failed"},
    "transmitsms": {"delivered": "delivered", "pending": "pending", "soft-bounce": "expired", "hard-bounce": "failed"},
    "easify": {
        "Delivered": "delivered",
        "Pending": "pending",
        "Scheduled": "pending",
        "Success": "pending",
        "Undelivered": "failed",
        "Failed": "failed",
    },
    "mobyt": {
        "DLVRD": "delivered",
        "WAITING": "pending",
        "SCHEDULED": "pending",
        "SENT": "pending",
        "WAIT4DLVR": "pending",
        "TIMEOUT": "expired",
    },
}
SIGNATURE_TOLERANCE: Final = 15 * 60  # seconds: Easify tells receivers to reject older timestamps


class WebhookError(SmsKitError, ValueError):
    """A callback that is malformed, or whose signature does not verify."""


@attrs.frozen
class DeliveryEvent:
    provider: str
    status: Status
    provider_status: str
    message_id: str | None
    recipient: str | None
    at: dt.datetime | None
    raw: Mapping[str, object] = attrs.field(repr=False)  # may hold the message text: kept out of reprs


@attrs.frozen
class InboundMessage:
    provider: str
    sender: str
    recipient: str | None
    text: str = attrs.field(repr=False)
    at: dt.datetime | None
    reply_to: str | None  # the id of the message this answers, where the provider says
    raw: Mapping[str, object] = attrs.field(repr=False)


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


def _time(value: object, *formats: str) -> dt.datetime | None:
    if not isinstance(value, str) or not value:
        return None
    for fmt in formats:
        try:
            return dt.datetime.strptime(value, fmt).replace(tzinfo=dt.UTC)
        except ValueError:
            continue
    return None


def _verify_easify(raw: bytes | str | Mapping[str, object] | None, headers: Mapping[str, str], secret: str) -> None:
    lower = {k.lower(): v for k, v in headers.items()}
    signature, stamp = lower.get("x-easify-signature"), lower.get("x-easify-timestamp")
    if not signature or not stamp or not stamp.isdigit():
        raise WebhookError("the Easify webhook carries no signature or timestamp")
    if abs(time.time() - int(stamp)) > SIGNATURE_TOLERANCE:
        raise WebhookError("the Easify webhook timestamp is more than 15 minutes off")
    payload = raw if isinstance(raw, bytes) else (raw.encode() if isinstance(raw, str) else json.dumps(raw).encode())
    # Easify signs the hex digest string, then base64-encodes that string (not the raw digest bytes).
    digest = hmac.new(secret.encode(), payload, hashlib.sha256).hexdigest()
    expected = base64.b64encode(digest.encode()).decode()
    if not hmac.compare_digest(expected, signature):
        raise WebhookError("the Easify webhook signature does not verify")


def _opt(value: object) -> str | None:
    """A field as text, None where the callback left it out or empty (a JSON number becomes its digits)."""
    return None if value is None or value == "" else str(value)


def _event(provider: str, status: object, message_id: object, recipient: object, at: dt.datetime | None,
           raw: Mapping[str, object]) -> DeliveryEvent:  # fmt: skip
    word = str(status)
    return DeliveryEvent(provider, _STATUS[provider].get(word, "failed"), word, _opt(message_id), _opt(recipient),
                         at, raw)  # fmt: skip


def parse_delivery_report(
    provider: str,
    body: bytes | str | Mapping[str, object] | None = None,
    *,
    query: str | Mapping[str, object] | None = None,
    headers: Mapping[str, str] | None = None,
    secret: str | None = None,
) -> DeliveryEvent:
    """One delivery report, normalised; raises WebhookError for a malformed or unverifiable one."""
    if provider == "easysendsms":
        f = _fields(body, json_body=False)
        _require(f, "sms_id", "response")
        at = _time(f.get("sent_date"), "%Y-%m-%d %H:%M:%S", "%m/%d/%Y %I:%M:%S %p")
        return _event(provider, f["response"], f["sms_id"], f.get("msisdn"), at, f)
    if provider == "transmitsms":
        f = _fields(query if query is not None else body, json_body=False)
        _require(f, "message_id", "status")
        return _event(provider, f["status"], f["message_id"], f.get("mobile"),
                      _time(f.get("datetime"), "%Y-%m-%d %H:%M:%S"), f)  # fmt: skip
    if provider == "easify":
        if secret is not None:
            _verify_easify(body, headers or {}, secret)
        f = _fields(body, json_body=True)
        _require(f, "sms_id", "status")
        return _event(provider, f["status"], f["sms_id"], f.get("receiver"),
                      _time(f.get("created_at"), "%Y-%m-%d %H:%M:%S"), f)  # fmt: skip
    if provider == "mobyt":
        f = _fields(body, json_body=False)
        _require(f, "order_id", "status")
        return _event(provider, f["status"], f["order_id"], f.get("recipient"),
                      _time(f.get("delivery_date"), "%Y%m%d%H%M%S"), f)  # fmt: skip
    raise UnsupportedOperation(f"{provider} documents no delivery-report callback")


def parse_inbound(
    provider: str,
    body: bytes | str | Mapping[str, object] | None = None,
    *,
    query: str | Mapping[str, object] | None = None,
) -> InboundMessage:
    """One inbound SMS (a reply or a message to your number), normalised."""
    if provider == "transmitsms":
        f = _fields(query if query is not None else body, json_body=False)
        _require(f, "mobile", "response")
        at = _time(f.get("datetime_entry"), "%Y-%m-%d %H:%M:%S")
        return InboundMessage(provider, str(f["mobile"]), _opt(f.get("longcode")), str(f["response"]), at,
                              _opt(f.get("message_id")), f)  # fmt: skip
    if provider == "easify":
        f = _fields(body, json_body=True)
        _require(f, "sender", "message")
        at = _time(f.get("created_at"), "%Y-%m-%d %H:%M:%S")
        return InboundMessage(provider, str(f["sender"]), _opt(f.get("receiver")), str(f["message"]), at, None, f)
    raise UnsupportedOperation(f"{provider} documents no inbound-message callback")
