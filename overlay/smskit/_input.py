"""The checks made on the caller's input before any request, each refusal an `InputError` naming the field and
the rule broken.

A refusal never repeats the message text or a credential: at most the offending character and its index. The
checks on a send's text are one regular-expression scan and one `isspace()`, once per send; the sender's are
cached per (rules, sender), as the same sender comes back on every send.
"""

from __future__ import annotations

import functools
import math
import numbers
import re
from typing import Any, Final, TypeGuard

import httpx
import phonenumbers

from smskit._exceptions import InputError
from smskit._spec import SenderRules

__all__ = ["check_max_wait", "check_options", "check_text", "check_url", "describe", "sender_refusal"]

# C0 controls but the line feed, DEL, C1 controls, and lone surrogates (not Unicode text: they cannot be encoded).
_TEXT_REFUSED: Final = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# In a sender, no control character at all (the line feed included).
_SENDER_REFUSED: Final = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_REGIONS: Final = frozenset(phonenumbers.SUPPORTED_REGIONS)


def describe(character: str) -> str:
    """A character as an error message may name it: `'😀' (U+1F600)`, or just `U+000D` when not printable."""
    code = f"U+{ord(character):04X}"
    return f"{character!r} ({code})" if character.isprintable() else code


def _refused_character(field: str, character: str, index: int) -> InputError:
    if "\ud800" <= character <= "\udfff":
        return InputError(field, "surrogate", f"holds a lone surrogate {describe(character)} at index {index}, "
                                              "which is not Unicode text and cannot be encoded")  # fmt: skip
    if character == "\r":
        return InputError(field, "control_character", f"holds a carriage return (U+000D) at index {index}; "
                                                      "write line breaks as a line feed (\\n) alone")  # fmt: skip
    allowed = "; of the control characters only the line feed (\\n) is allowed" if field == "text" else ""
    return InputError(field, "control_character", f"holds control character {describe(character)} at index "
                                                  f"{index}{allowed}")  # fmt: skip


def check_text(text: object) -> None:
    """The message text: a str that is not empty, not only whitespace, and holds no control character (a line
    feed aside) and no lone surrogate."""
    if not isinstance(text, str):
        raise InputError("text", "type", f"must be a str, got {type(text).__name__}")
    if not text:
        raise InputError("text", "required", "the message text is empty")
    refused = _TEXT_REFUSED.search(text)
    if refused is not None:
        raise _refused_character("text", refused.group(), refused.start())
    if text.isspace():
        raise InputError("text", "blank", "the message text is only whitespace")


@functools.lru_cache(maxsize=512)
def sender_refusal(rules: SenderRules, sender: str) -> tuple[str, str] | None:
    """(rule, message) for a sender `rules` (the spec's `x-smskit-sender`) do not take, else None."""
    refused = _SENDER_REFUSED.search(sender)
    if refused is not None:
        error = _refused_character("sender", refused.group(), refused.start())
        return error.rule, error.message
    if sender.isspace():
        return "blank", "is only whitespace"
    numeric = rules.numeric
    if numeric is not None:
        digits = sender[1:] if numeric.allow_plus and sender.startswith("+") else sender
        if numeric.separators:
            digits = digits.translate({ord(c): None for c in numeric.separators})
        if digits.isascii() and digits.isdigit():
            if len(digits) > numeric.max_length:
                return "max_length", f"a numeric sender takes at most {numeric.max_length} digits, got {len(digits)}"
            return None
    alphanumeric = rules.alphanumeric
    if alphanumeric is None:
        return "numeric", "must be a phone number: digits, optionally with a leading +"
    ascii_only = alphanumeric.letters == "ascii"
    for index, character in enumerate(sender):
        if character in alphanumeric.extra or (character.isalnum() and (character.isascii() or not ascii_only)):
            continue
        letters = "ASCII letters and digits" if ascii_only else "letters and digits"
        extra = " and spaces" if alphanumeric.extra == " " else (f" and {alphanumeric.extra!r}" if alphanumeric.extra
                                                                 else "")  # fmt: skip
        return "character", f"{describe(character)} at index {index}: a sender ID takes {letters}{extra} only"
    if len(sender) > alphanumeric.max_length:
        return "max_length", (f"an alphanumeric sender takes at most {alphanumeric.max_length} characters, "
                              f"got {len(sender)}")  # fmt: skip
    return None


def check_url(field: str, value: object) -> None:
    """An optional absolute http(s) URL option (a callback): None, "" (none) or such a URL. The message never
    shows the URL, which may carry a token."""
    if value is None or value == "":
        return
    if not isinstance(value, str):
        raise InputError(field, "type", f"must be a str, got {type(value).__name__}")
    refused = _SENDER_REFUSED.search(value)
    if refused is not None:
        raise _refused_character(field, refused.group(), refused.start())
    try:
        url = httpx.URL(value)
    except httpx.InvalidURL:
        raise InputError(field, "url", "is not a URL") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise InputError(field, "url", "must be an absolute http:// or https:// URL")


def check_max_wait(value: object) -> None:
    """`max_wait`: seconds, finite, 0 or more (0: never wait to retry)."""
    if not _real(value):
        raise InputError("max_wait", "type", f"must be a number of seconds, got {type(value).__name__}")
    if not (math.isfinite(value) and value >= 0):
        raise InputError("max_wait", "minimum", "must be a finite number of seconds, 0 or more")


def _real(value: object) -> TypeGuard[float]:
    """An int or float (not a bool, which Python counts as an int)."""
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


def check_options(
    *,
    base_url: object,
    timeout: object,
    max_retries: object,
    max_wait: object,
    rate_limit: object,
    default_region: object,
    concurrency: object,
    transport: object,
    transport_types: tuple[type[Any], ...],
    on_event: object = None,
) -> str | None:
    """The options every client takes, as the sync and async clients share them; returns `default_region` as
    phonenumbers spells it (upper case)."""
    if base_url is not None and not isinstance(base_url, str):
        raise InputError("base_url", "type", f"must be a str, got {type(base_url).__name__}")
    if timeout is not None and not isinstance(timeout, httpx.Timeout):
        if not _real(timeout):
            raise InputError("timeout", "type", f"must be a number of seconds, an httpx.Timeout or None, got "
                                                f"{type(timeout).__name__}")  # fmt: skip
        if not (math.isfinite(timeout) and timeout > 0):
            raise InputError("timeout", "positive", "must be a finite number of seconds above 0 (None: no timeout)")
    if not isinstance(max_retries, int) or isinstance(max_retries, bool):
        raise InputError("max_retries", "type", f"must be an int, got {type(max_retries).__name__}")
    if max_retries < 0:
        raise InputError("max_retries", "minimum", "must be 0 or more")
    check_max_wait(max_wait)
    if not _real(rate_limit):
        raise InputError("rate_limit", "type", f"must be a number, got {type(rate_limit).__name__}")
    if not (math.isfinite(rate_limit) and rate_limit >= 0):
        raise InputError("rate_limit", "minimum", "must be a finite number, 0 or more (0 turns the limiter off)")
    if not isinstance(concurrency, int) or isinstance(concurrency, bool):
        raise InputError("concurrency", "type", f"must be an int, got {type(concurrency).__name__}")
    if concurrency < 1:
        raise InputError("concurrency", "minimum", "must be 1 or more")
    if transport is not None and not isinstance(transport, transport_types):
        wanted = " or ".join(f"httpx.{t.__name__}" for t in transport_types)
        raise InputError("transport", "type", f"must be an {wanted}, got {type(transport).__name__}")
    if on_event is not None and not callable(on_event):
        raise InputError("on_event", "type", f"must be a callable taking an event, got {type(on_event).__name__}")
    if default_region is None:
        return None
    if not isinstance(default_region, str):
        raise InputError("default_region", "type", f"must be a str, got {type(default_region).__name__}")
    region = default_region.upper()
    if region not in _REGIONS:
        raise InputError("default_region", "region", "is not a region phonenumbers knows (an ISO 3166 code "
                                                     "such as 'GB')")  # fmt: skip
    return region
