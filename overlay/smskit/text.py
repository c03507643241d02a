"""How a text travels as SMS: GSM-7 or UCS-2, and how many parts (billed messages) it takes.

The standard itself (the GSM 03.38 tables, 160/153 and 70/67 units, two-unit characters never split across
parts) lives in `smskit_gsm`, which the simulator reads too; this module adds the SDK's view of it,
`TextPreview`, and re-exports `Encoding`, `count_parts` and `shape` from there.
"""

from __future__ import annotations

import attrs

from smskit._exceptions import InputError
from smskit_gsm import PER_PART, SINGLE, Encoding, count_parts, shape

__all__ = ["Encoding", "TextPreview", "count_parts", "preview", "shape"]


@attrs.frozen
class TextPreview:
    """What sending `text` costs: its encoding, its parts, and the characters that forced UCS-2."""

    encoding: Encoding
    characters: int  # user-perceived code points
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)
    parts: int
    ucs2_characters: tuple[str, ...]  # distinct characters outside GSM-7, in order of appearance

    @property
    def per_part(self) -> int:
        """How many units each part holds at this length."""
        return SINGLE[self.encoding] if self.parts <= 1 else PER_PART[self.encoding]


def preview(text: str) -> TextPreview:
    """Encoding, length in units and number of parts of `text`, as a gateway would bill it."""
    if not isinstance(text, str):
        raise InputError("text", "type", f"must be a str, got {type(text).__name__}")
    encoding, units, parts, outside = shape(text)
    return TextPreview(encoding=encoding, characters=len(text), units=units, parts=parts, ucs2_characters=outside)
