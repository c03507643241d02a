"""EzzySMS send rules, in the order the provider module's docstring gives: recipients field, sender, text, each
recipient. phonenumbers is imported where it is used: an app that never sees an EzzySMS send never loads it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

from smskit_gsm import Encoding, shape
from smskit_sim.numbers import Outcome, outcome
from smskit_sim.providers.base import ProviderError
from smskit_sim.providers.sender import sender_kind
from smskit_specs.model import SenderRules, TextRules

if TYPE_CHECKING:
    from phonenumbers import PhoneNumber

__all__ = ["DEFAULT_SENDER", "DETAILS", "check_text", "check_to", "recipients", "sender", "setting"]

# The error table's texts, sent as `details` (403 is the documents' own sample).
DETAILS: Final = {
    401: "Missing or Invalid Logins Details",
    402: "The sender ID provided is invalid or not approved",
    403: "The phone number format is invalid.",
    404: "Phone number type is not supported",
    405: "Account balance is insufficient to send SMS",
    406: "Recipient is in your account blacklist",
    407: "Unable to find route for the destination number",
    409: "Message rejected due to Do Not Disturb settings",
    429: "API calls are limited to 1000 requests per hour per account",
    500: "Something went wrong on our server",
    501: "Error occurred at the gateway level",
    502: "Message rejected by the gateway",
}
DEFAULT_REGION: Final = "UG"
DEFAULT_SENDER: Final = "EzzySMS"
_RECIPIENTS: Final = re.compile(r"\+?[0-9]+(,\+?[0-9]+)*")
# The number types EzzySMS does not send to (phonenumbers.PhoneNumberType's names).
_UNSUPPORTED_TYPES: Final = ("FIXED_LINE", "TOLL_FREE", "PREMIUM_RATE", "SHARED_COST", "UAN", "VOICEMAIL", "PAGER")
_REFUSED: Final = {
    Outcome.LANDLINE: 404,
    Outcome.BLACKLISTED: 406,
    Outcome.DO_NOT_DISTURB: 409,
    Outcome.UNROUTABLE: 407,
}


def setting(settings: dict[str, Any], key: str, kind: type[Any], default: Any) -> Any:
    """An account setting of the right type, else the default (settings come from the control API unchecked)."""
    value = settings.get(key, default)
    if kind is float:
        return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else default
    return value if isinstance(value, kind) and value else default


def check_to(to: Any, broken: bool) -> str:
    if broken or not isinstance(to, str) or not _RECIPIENTS.fullmatch(to):
        raise ProviderError(403, "`to` is required: phone numbers, comma-separated" if to is None else None)
    return to


def sender(value: Any, settings: dict[str, Any], broken: bool, rules: SenderRules) -> str:
    """The sender: one `x-smskit-sender` takes and, with `approved_senders`, one of those (or the default)."""
    if broken or not isinstance(value, str):
        raise ProviderError(402)
    if sender_kind(rules, value) is None:
        longest = rules.alphanumeric.max_length if rules.alphanumeric else 0
        raise ProviderError(402, f"The sender ID must be up to {longest} letters, digits or spaces, or a number")
    approved = settings.get("approved_senders")
    default = setting(settings, "default_sender", str, DEFAULT_SENDER)
    names = {s.casefold() for s in approved if isinstance(s, str)} if isinstance(approved, list) else None
    if names is not None and value != default and value.casefold() not in names:
        raise ProviderError(402, f"The sender ID is not approved for this account: {value}")
    return value


def check_text(text: Any, broken: bool, rules: TextRules) -> Encoding:
    """The encoding of a text that fits the spec's limit (one SMS): else 502, the only answer about a text."""
    if not isinstance(text, str) or not text:
        raise ProviderError(502, "Message rejected by the gateway: `message` must be a non-empty text")
    if not text.isprintable() and not _encodable(text):
        raise ProviderError(502, "Message rejected by the gateway: the text is not valid Unicode")
    encoding, _, parts, _ = shape(text)
    if (rules.max_parts is not None and parts > rules.max_parts) or broken:
        limit = rules.max_chars[encoding] if rules.max_chars else None
        raise ProviderError(502, f"Message rejected by the gateway: longer than one SMS ({limit} characters)")
    return encoding


def recipients(to: str, settings: dict[str, Any]) -> dict[str, Outcome]:
    """Each distinct recipient in E.164 with its test-number outcome; the first refused one raises."""
    import phonenumbers

    unsupported = {getattr(phonenumbers.PhoneNumberType, name) for name in _UNSUPPORTED_TYPES}
    region = setting(settings, "default_region", str, DEFAULT_REGION).upper()
    listed = settings.get("blacklist")
    blocked = set()
    for entry in listed if isinstance(listed, list) else []:
        read = _read(entry, region) if isinstance(entry, str) else None
        if read is not None:
            blocked.add(read[0])
    found: dict[str, Outcome] = {}
    for raw in to.split(","):
        read = _read(raw, region)
        result = outcome(read[0]) if read else Outcome.INVALID
        if read is None or result is Outcome.INVALID:
            raise ProviderError(403, f"The phone number format is invalid: {raw}")
        number, parsed = read
        if number in found:
            continue
        if result is Outcome.LANDLINE or phonenumbers.number_type(parsed) in unsupported:
            raise ProviderError(404, f"Phone number type is not supported: {number}")
        if number in blocked:
            raise ProviderError(406, f"Recipient is in your account blacklist: {number}")
        if result in _REFUSED:
            code = _REFUSED[result]
            raise ProviderError(code, f"{DETAILS[code]}: {number}")
        found[number] = result
    return found


def _read(raw: str, region: str) -> tuple[str, PhoneNumber] | None:
    """The number in E.164 and as parsed, or None when it cannot be read.

    International numbers (`+`, `00`) keep the digits they were written with, when their country code is known:
    the documents' own `+25671234567` is a digit short for Uganda and is still sent. National numbers are read
    in `region` and must be valid there.
    """
    import phonenumbers

    raw = raw.strip()
    international = raw.startswith(("+", "00"))
    text = "+" + raw.removeprefix("+").removeprefix("00") if international else raw
    try:
        parsed = phonenumbers.parse(text, None if international else region)
    except phonenumbers.NumberParseException:
        return None
    if international:
        return text, parsed
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164), parsed


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates, which JSON's \\u escapes can carry
        return False
    return True
