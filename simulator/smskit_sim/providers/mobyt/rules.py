"""Mobyt rules: the documented 400s of a send (sender, text, schedule, parameters), prices, time zones, and the
status words of a recipient of an order."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any
from zoneinfo import ZoneInfo

from smskit_gsm import Encoding, count_parts, outside_gsm
from smskit_sim.clock import VirtualClock
from smskit_sim.numbers import Outcome
from smskit_sim.providers.base import ProviderError
from smskit_sim.providers.mobyt.state import Order
from smskit_sim.providers.sender import sender_kind
from smskit_sim.store import Account, Message
from smskit_sim.validation import Violation
from smskit_specs.model import SenderRules, TextRules

__all__ = ["DEFAULT_ZONE", "affordable", "delivery_date", "fmt", "parts", "prices", "reject", "scheduled",
           "sender", "wire_status", "zone"]  # fmt: skip

DEFAULT_ZONE = "Europe/Rome"
PRICES = {"N": 0.06, "L": 0.045, "LL": 0.035}
_DIGITS = re.compile(r"[0-9]+")
# ISO-8601 local date-times with `T` (the spec's pattern): seconds, a fraction and `Z` / an offset optional.
_ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}:?[0-9]{2})?")
_FRACTION = re.compile(r"\.([0-9]{7,9})")


def _seven_digits(raw: str) -> str:
    """Python reads at most microseconds: a longer fraction (JSON.NET writes up to 7 digits) is cut to 6."""
    return _FRACTION.sub(lambda found: "." + found.group(1)[:6], raw)


def reject(violations: list[Violation]) -> None:
    """Answer the first broken rule with the documented 400, naming the parameter."""
    for violation in violations:
        if violation.rule == "required":
            raise ProviderError("bad_request", f"Missing parameter: {violation.field}")
        raise ProviderError("bad_request", f"Invalid parameter {violation.field or 'body'}: {violation.message[:200]}")


def zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except Exception:  # unknown or malformed IANA names raise several kinds of error
        raise ProviderError("bad_request", f"Unknown time zone: {name}") from None


def fmt(clock: VirtualClock, at: float, where: ZoneInfo, pattern: str = "%Y%m%d%H%M%S") -> str:
    return clock.datetime(at).astimezone(where).strftime(pattern)


def sender(account: Account, kind: str, raw: str | None, rules: SenderRules) -> str | None:
    """The order's sender: only type N takes a custom one (one `x-smskit-sender` takes, and with
    `approved_senders` one of those when alphanumeric); none gives the account's `default_sender` for N."""
    if not raw:
        preferred = account.settings.get("default_sender")
        return preferred if kind == "N" and isinstance(preferred, str) and preferred else None
    if kind != "N":
        raise ProviderError("bad_request", f"Message type {kind} does not allow a custom sender: leave it empty")
    found = sender_kind(rules, raw)
    if found is None:
        raise ProviderError("bad_request", f"Invalid sender: {raw}")
    approved = account.settings.get("approved_senders")
    if found == "alphanumeric" and isinstance(approved, list) and raw not in approved:
        raise ProviderError("bad_request", f"The sender {raw} is not registered and approved")
    return raw


def parts(text: str, encoding: Encoding, rules: TextRules) -> int:
    """Parts of a text within the spec's `x-smskit-text.max_chars` for its encoding (1000 gsm, 450 ucs2)."""
    if encoding == "gsm" and (outside := outside_gsm(text)):
        shown = "".join(outside[:10])
        raise ProviderError("bad_request", f"The message has characters outside GSM ({shown}): use encoding ucs2")
    longest = rules.max_chars[encoding] if rules.max_chars else None
    if longest is not None and len(text) > longest:
        raise ProviderError("bad_request", f"The message is longer than {longest} characters")
    return count_parts(text, encoding)


def scheduled(raw: str | None, zone_name: str | None, clock: VirtualClock) -> float | None:
    """The virtual time of a scheduled send, or None to send now (no time, or a time already past)."""
    where = zone(zone_name)
    if not raw:
        return None
    try:
        moment = _schedule_datetime(raw)
        at = clock.at(moment if moment.tzinfo is not None else moment.replace(tzinfo=where))
    except (ValueError, OverflowError):
        raise ProviderError("bad_request", f"Invalid scheduled_delivery_time: {raw}") from None
    return at if at > clock.now() else None


def _schedule_datetime(raw: str) -> dt.datetime:
    """A datetime from one of the documented formats, naive, or from ISO-8601 as the vendor's Python and C#
    samples write it (`isoformat()`, JSON.NET), naive unless it carries `Z` or an offset; ValueError otherwise."""
    if _ISO.fullmatch(raw):
        return dt.datetime.fromisoformat(_seven_digits(raw))
    if _DIGITS.fullmatch(raw):
        if len(raw) in (6, 10):  # ddMMyy[HHmm]
            year, month, day, rest = 2000 + int(raw[4:6]), int(raw[2:4]), int(raw[0:2]), raw[6:]
        elif len(raw) in (8, 14):  # yyyyMMdd[HHmmss]
            year, month, day, rest = int(raw[0:4]), int(raw[4:6]), int(raw[6:8]), raw[8:]
        else:
            raise ValueError(raw)
        hour, minute, second = (int(rest[i : i + 2] or 0) for i in (0, 2, 4))
        return dt.datetime(year, month, day, hour, minute, second)
    return dt.datetime.strptime(raw.removesuffix(".0"), "%Y-%m-%d %H:%M")


def instant(clock: VirtualClock, raw: str, pattern: str, where: ZoneInfo, field: str) -> float:
    try:
        return clock.at(dt.datetime.strptime(raw, pattern).replace(tzinfo=where))
    except (ValueError, OverflowError):
        raise ProviderError("bad_request", f"Invalid date in {field}: {raw}") from None


def prices(account: Account) -> dict[str, float]:
    """The price of one part per message type: the defaults, or the account's positive `prices`."""
    custom: Any = account.settings.get("prices")
    custom = custom if isinstance(custom, dict) else {}
    found = dict(PRICES)
    for kind, price in custom.items():
        if kind in found and isinstance(price, int | float) and not isinstance(price, bool) and price > 0:
            found[kind] = float(price)
    return found


def affordable(balance: float, price: float) -> int:
    return max(0, math.floor(balance / price + 1e-9))


def wire_status(message: Message, order: Order) -> str:
    """The documented status word for where the message is in the store's lifecycle."""
    status = message.status
    if message.id in order.refused:
        return order.refused[message.id]
    if status == "scheduled":
        return "SCHEDULED"
    if status == "queued":
        return "WAITING"
    if order.demo:
        return "DEMO"
    if status == "failed":
        return "KO" if message.outcome is Outcome.DO_NOT_DISTURB else "ERROR"
    if order.message_type != "N":  # no delivery report: handed over is all the platform learns
        return "SENT"
    return {"sent": "WAIT4DLVR", "expired": "TIMEOUT"}.get(status, "DLVRD")


def delivery_date(message: Message, order: Order, clock: VirtualClock) -> str:
    if message.status != "delivered" or order.message_type != "N" or order.demo or message.final_at is None:
        return ""
    return fmt(clock, message.final_at, ZoneInfo(DEFAULT_ZONE))
