"""The GSM 03.38 standard (3GPP TS 23.038): its 7-bit alphabet and how many parts a concatenated SMS takes.

Shared by the SDK (``smskit``) and the simulator (``smskit_sim``), so that neither reads the other's code: the
simulator checks the SDK against the standard, not against the SDK.

- The default alphabet has a basic table (one septet per character) and an extension table reached through an
  escape septet (two septets per character: ``\\f ^ { } \\ [ ~ ] |`` and ``€``). A text whose every character is
  in one of them travels as GSM-7; any other character forces UCS-2 for the whole text.
- GSM-7 carries 160 septets in one message, 153 per part once a text is split (the rest of each part is the
  concatenation header); UCS-2 carries 70 UTF-16 code units, 67 per part. A two-unit character (an extension
  character in GSM-7, a surrogate pair such as most emoji in UCS-2) is never split across two parts.

Standard library only, and small: the SDK calls `shape` for every text it sends.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, Literal

__all__ = [
    "BASIC",
    "EXTENSION",
    "PER_PART",
    "SINGLE",
    "Encoding",
    "count_parts",
    "encoding_of",
    "outside_gsm",
    "shape",
    "units",
]

Encoding = Literal["gsm", "ucs2"]

# The basic table, 0x00-0x7F less 0x1B (the escape to the extension table, not a character). 0x09 is the
# capital Ç, as the standard has it (Unicode's old GSM0338.TXT mapping reads a small ç there).
BASIC: Final[frozenset[str]] = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# The extension table (escape + one septet each): form feed, ^ { } \ [ ~ ] | and €.
EXTENSION: Final[frozenset[str]] = frozenset("\f^{}\\[~]|€")

SINGLE: Final[Mapping[Encoding, int]] = MappingProxyType({"gsm": 160, "ucs2": 70})  # units in one message
PER_PART: Final[Mapping[Encoding, int]] = MappingProxyType({"gsm": 153, "ucs2": 67})  # units per part, split

_GSM: Final = BASIC | EXTENSION
_DOUBLE_EXTENSION: Final = {ord(ch): ch * 2 for ch in EXTENSION}  # str.translate: one pass in C
_SINGLE: Final = dict(SINGLE)  # plain dicts for the hot path
_PER_PART: Final = dict(PER_PART)


def encoding_of(text: str) -> Encoding:
    """``"gsm"`` if every character of `text` is in the basic or extension table, else ``"ucs2"``."""
    return "gsm" if _GSM.issuperset(text) else "ucs2"


def outside_gsm(text: str) -> tuple[str, ...]:
    """The distinct characters of `text` in neither table (those forcing UCS-2), in order of first appearance."""
    if _GSM.issuperset(text):
        return ()
    return tuple(dict.fromkeys(ch for ch in text if ch not in _GSM))


def units(text: str, encoding: Encoding) -> int:
    """Length of `text` in `encoding`: septets (an extension character is two) or UTF-16 code units."""
    if encoding == "gsm":  # a character outside both tables, if any, is counted as one septet
        return len(text.translate(_DOUBLE_EXTENSION))
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _parts(text: str, total: int, encoding: Encoding) -> int:
    if total == 0:
        return 0
    if total <= _SINGLE[encoding]:
        return 1
    capacity = _PER_PART[encoding]
    if total == len(text):  # every character is one unit: nothing can straddle
        return -(-total // capacity)
    if encoding == "gsm":
        sizes = [2 if ch in EXTENSION else 1 for ch in text]
    else:
        sizes = [2 if ord(ch) > 0xFFFF else 1 for ch in text]
    parts, used = 1, 0
    for size in sizes:  # a two-unit character never straddles two parts: it opens the next one
        if used + size > capacity:
            parts, used = parts + 1, 0
        used += size
    return parts


def count_parts(text: str, encoding: Encoding) -> int:
    """Parts (billed messages) `text` takes in `encoding`; 0 for the empty text."""
    return _parts(text, units(text, encoding), encoding)


def shape(text: str) -> tuple[Encoding, int, int, tuple[str, ...]]:
    """(encoding, units, parts, characters forcing UCS-2) of `text`, in one pass where it can."""
    if BASIC.issuperset(text):  # the common case: one set check, one septet per character
        return "gsm", len(text), _parts(text, len(text), "gsm"), ()
    outside = outside_gsm(text)
    encoding: Encoding = "ucs2" if outside else "gsm"
    total = units(text, encoding)
    return encoding, total, _parts(text, total, encoding), outside
