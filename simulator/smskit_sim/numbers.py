"""Test numbers: recipients whose outcome is fixed, so tests can reach every path deterministically.

A number is read as its digits (a leading `+` or `00` dropped). Outcomes, by the number's shape:

| number | outcome |
|---|---|
| fewer than 7 or more than 15 digits, or anything but digits | invalid (EasySendSMS `1234`, HLR `611111`) |
| ends in `9989` | invalid too, though well-formed: the provider's own numbering check refuses it |
| ends in `9990` | blacklisted / opted out |
| ends in `9991` | rejected by do-not-disturb |
| ends in `9992` | unroutable: no network for this country |
| ends in `9993` | accepted, then delivery fails (undeliverable) |
| ends in `9994` | accepted, then expires (handset off) |
| ends in `9995` | HLR: absent subscriber; delivery expires |
| ends in `9996` | HLR: ported to another network; delivered |
| ends in `9997` | accepted, no delivery report ever arrives (stays sent) |
| ends in `9998` | a landline: unsupported number type where the provider checks it |
| anything else | accepted and delivered |
"""

from __future__ import annotations

import enum

__all__ = ["Outcome", "digits_of", "outcome"]


class Outcome(enum.Enum):
    INVALID = "invalid"
    BLACKLISTED = "blacklisted"
    DO_NOT_DISTURB = "do_not_disturb"
    UNROUTABLE = "unroutable"
    UNDELIVERABLE = "undeliverable"
    EXPIRES = "expires"
    ABSENT = "absent"
    PORTED = "ported"
    NO_REPORT = "no_report"
    LANDLINE = "landline"
    DELIVERED = "delivered"

    @property
    def final_status(self) -> str:
        """The simulator's final status for an accepted message with this outcome."""
        if self in (Outcome.UNDELIVERABLE, Outcome.BLACKLISTED, Outcome.DO_NOT_DISTURB, Outcome.UNROUTABLE):
            return "failed"
        if self in (Outcome.EXPIRES, Outcome.ABSENT):
            return "expired"
        if self is Outcome.NO_REPORT:
            return "sent"
        return "delivered"


_SUFFIXES = {
    "9989": Outcome.INVALID,
    "9990": Outcome.BLACKLISTED,
    "9991": Outcome.DO_NOT_DISTURB,
    "9992": Outcome.UNROUTABLE,
    "9993": Outcome.UNDELIVERABLE,
    "9994": Outcome.EXPIRES,
    "9995": Outcome.ABSENT,
    "9996": Outcome.PORTED,
    "9997": Outcome.NO_REPORT,
    "9998": Outcome.LANDLINE,
}


def digits_of(number: str) -> str:
    """The number without a leading `+` or `00` and surrounding spaces."""
    number = number.strip()
    if number.startswith("+"):
        return number[1:]
    if number.startswith("00"):
        return number[2:]
    return number


def outcome(number: str) -> Outcome:
    # 7 digits is the shortest international number in use: Tokelau (+690) has four national digits.
    digits = digits_of(number)
    if not digits.isdigit() or not digits.isascii() or not 7 <= len(digits) <= 15:
        return Outcome.INVALID
    return _SUFFIXES.get(digits[-4:], Outcome.DELIVERED)
