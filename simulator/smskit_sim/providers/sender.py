"""The sender rules of a send operation, as its spec's `x-smskit-sender` states them (specs/CONVENTIONS.md)."""

from __future__ import annotations

from typing import Literal

from smskit_specs.model import SenderRules

__all__ = ["sender_kind"]


def sender_kind(rules: SenderRules, sender: str) -> Literal["numeric", "alphanumeric"] | None:
    """Which kind of sender `sender` is under `rules`, or None when they take it as neither.

    Numeric: after an optional `+` (where allowed) and the separators, ASCII digits, at most `max_length`.
    Alphanumeric: anything else of at most `max_length` characters, each a letter or digit (of any script, or
    ASCII only) or one of `extra`. A sender that is empty or only spaces shows nothing, and is neither.
    """
    if not sender.strip():
        return None
    numeric = rules.numeric
    if numeric is not None:
        digits = sender[1:] if numeric.allow_plus and sender.startswith("+") else sender
        digits = digits.translate({ord(c): None for c in numeric.separators})
        if digits.isascii() and digits.isdigit():
            return "numeric" if len(digits) <= numeric.max_length else None
    alphanumeric = rules.alphanumeric
    if alphanumeric is None or len(sender) > alphanumeric.max_length:
        return None
    ascii_only = alphanumeric.letters == "ascii"
    for character in sender:
        if character in alphanumeric.extra:
            continue
        if not character.isalnum() or (ascii_only and not character.isascii()):  # no control character, no emoji
            return None
    return "alphanumeric"
