"""How a text travels as SMS: GSM-7 or UCS-2, and how many parts (billed messages) it takes.

GSM 03.38 carries 160 septets in one message, or 153 per part once a text is split (the rest is the
concatenation header); characters of its extension table (``€ [ ] { } \\ ~ ^ |`` and form feed) take two
septets and are never split across parts. Any character outside both tables forces UCS-2 for the whole text:
70 UTF-16 code units in one message, 67 per part, and a surrogate pair (most emoji) takes two units and is
never split.
"""

from __future__ import annotations

from typing import Final, Literal

import attrs

from smskit._exceptions import InputError

__all__ = ["Encoding", "TextPreview", "count_parts", "preview", "shape"]

Encoding = Literal["gsm", "ucs2"]

_GSM_BASIC: Final = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENSION: Final = frozenset("\f^{}\\[~]|€")
_GSM: Final = _GSM_BASIC | _GSM_EXTENSION
_DOUBLE_EXTENSION: Final = {ord(ch): ch * 2 for ch in _GSM_EXTENSION}  # str.translate: one pass in C

_SINGLE: Final = {"gsm": 160, "ucs2": 70}
_PER_PART: Final = {"gsm": 153, "ucs2": 67}


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
        return _SINGLE[self.encoding] if self.parts <= 1 else _PER_PART[self.encoding]


def _units(text: str, encoding: Encoding) -> int:
    if encoding == "gsm":
        return len(text.translate(_DOUBLE_EXTENSION))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _unit_sizes(text: str, encoding: Encoding) -> list[int]:
    if encoding == "gsm":
        return [2 if ch in _GSM_EXTENSION else 1 for ch in text]
    return [2 if ord(ch) > 0xFFFF else 1 for ch in text]


def _count_parts(text: str, total: int, encoding: Encoding) -> int:
    if total == 0:
        return 0
    if total <= _SINGLE[encoding]:
        return 1
    capacity, parts, used = _PER_PART[encoding], 1, 0
    for size in _unit_sizes(text, encoding):  # a two-unit character never straddles two parts
        if used + size > capacity:
            parts, used = parts + 1, 0
        used += size
    return parts


def count_parts(text: str, encoding: Encoding) -> int:
    """Parts `text` takes when sent in `encoding` (e.g. a GSM-7 text sent as Unicode because the caller asked)."""
    return _count_parts(text, _units(text, encoding), encoding)


def shape(text: str) -> tuple[Encoding, int, int, tuple[str, ...]]:
    """(encoding, units, parts, characters forcing UCS-2): what `preview` reports, without building it."""
    if _GSM_BASIC.issuperset(text):  # the common case: one set check, one septet per character
        return "gsm", len(text), _count_parts(text, len(text), "gsm"), ()
    outside: tuple[str, ...] = ()
    if not _GSM.issuperset(text):
        outside = tuple(dict.fromkeys(ch for ch in text if ch not in _GSM))
    encoding: Encoding = "ucs2" if outside else "gsm"
    units = _units(text, encoding)
    return encoding, units, _count_parts(text, units, encoding), outside


def preview(text: str) -> TextPreview:
    """Encoding, length in units and number of parts of `text`, as a gateway would bill it."""
    if not isinstance(text, str):
        raise InputError("text", "type", f"must be a str, got {type(text).__name__}")
    encoding, units, parts, outside = shape(text)
    return TextPreview(encoding=encoding, characters=len(text), units=units, parts=parts, ucs2_characters=outside)
