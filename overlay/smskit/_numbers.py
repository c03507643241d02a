"""Recipients: parse what the caller gave, write it the way a provider wants it, drop duplicates.

Parsing is phonenumbers' job (Google's numbering metadata). A number is taken as international when it
starts with `+` or `00`, or when no default region is set (bare digits are then read as country code +
number, the way EasySendSMS and TransmitSMS write them); with `default_region` set, other numbers are national
numbers of that region. Only *possible* numbers (plausible length for their country) pass: full validity is
left to the provider, whose ranges are newer than any metadata. A number holding a letter is refused, where
phonenumbers would read `+1-800-FLOWERS` as keypad digits and text a number the caller never wrote.
"""

from __future__ import annotations

import functools
import re
from typing import Final, NamedTuple

import phonenumbers

from smskit._exceptions import InputError

__all__ = ["Number", "parse_number"]

# Any letter: phonenumbers would turn +1-800-FLOWERS into digits (keypad letters); a recipient is digits.
_LETTER: Final = re.compile(r"[^\W\d_]")


class Number(NamedTuple):
    """One recipient, parsed (a NamedTuple: hashed and compared on every send, cheaply)."""

    e164: str  # +14155550100

    @property
    def digits(self) -> str:
        """Country code and number, digits only: 14155550100."""
        return self.e164[1:]

    @property
    def parsed(self) -> phonenumbers.PhoneNumber:
        return phonenumbers.parse(self.e164)

    @property
    def country_code(self) -> str:
        """With its plus: "+1"."""
        return f"+{self.parsed.country_code}"

    @property
    def national(self) -> str:
        """The national significant number: 4155550100."""
        return phonenumbers.national_significant_number(self.parsed)


@functools.cache
def _possible_lengths(country_code: int) -> frozenset[int]:
    """National-number lengths phonenumbers calls possible for a country code (it judges by length alone)."""
    return frozenset(
        length
        for length in range(1, 18)
        if phonenumbers.is_possible_number(phonenumbers.PhoneNumber(country_code, int("1" * length)))
    )


def _international(digits: str) -> str | None:
    """E.164 straight off digits that already start with a country code, or None to leave it to the full parser.

    A table lookup instead of a parse (most input is already international): only when the national part has
    no leading zero (an Italian 06... needs the parser's care) and its length is possible for the country.
    """
    for length in (1, 2, 3):
        code = int(digits[:length])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            national = digits[length:]
            if national and national[0] != "0" and len(national) in _possible_lengths(code):
                return "+" + digits
            return None
    return None


def parse_number(raw: str, default_region: str | None = None, field: str = "to") -> Number:
    """Parse one recipient, or raise InputError naming `field` and the rule broken."""
    if not isinstance(raw, str):
        raise InputError(field, "type", f"must be a str, got {type(raw).__name__}")
    text = raw.strip()
    if text.startswith("+") and text[1:].isdigit() and text[1:].isascii() and text[1] != "0":
        fast = _international(text[1:])
        if fast is not None:
            return Number(fast)
        # otherwise the full parser decides (it may strip a trunk prefix, or refuse)
    if not text:
        raise InputError(field, "phone_number", "a recipient number is empty")
    letter = _LETTER.search(raw)
    if letter is not None:  # the letter, never the number: a recipient is personal data
        raise InputError(field, "letter", f"holds the letter {letter.group()!r} at index {letter.start()}; a phone "
                                          "number is digits (letters are not read as keypad digits)")  # fmt: skip
    if text.startswith("00"):
        text = "+" + text[2:]
    elif not text.startswith("+") and default_region is None:
        text = "+" + text
    try:
        number = phonenumbers.parse(text, None if text.startswith("+") else default_region)
    except phonenumbers.NumberParseException:
        raise InputError(field, "phone_number", "is not a phone number") from None
    if not phonenumbers.is_possible_number(number):
        raise InputError(field, "phone_number", "is not a possible phone number for its country")
    return Number(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
