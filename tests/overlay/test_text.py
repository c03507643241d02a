"""GSM-7 / UCS-2 detection and part counting, against hand-counted vectors."""

from __future__ import annotations

import pytest

from smskit.text import count_parts, preview

VECTORS = [
    # (text, encoding, units, parts)
    ("", "gsm", 0, 0),
    ("a" * 160, "gsm", 160, 1),
    ("a" * 161, "gsm", 161, 2),
    ("a" * 306, "gsm", 306, 2),
    ("a" * 307, "gsm", 307, 3),
    ("€" * 80, "gsm", 160, 1),  # extension characters take two septets
    ("€" * 81, "gsm", 162, 2),  # 76 of them fill a 153-septet part (152), the other 5 the next
    ("a" * 152 + "€" + "a" * 152, "gsm", 306, 3),  # the € cannot straddle parts 1 and 2
    ("Ünïcödé? No: ÄÖÑÜäöñüàéèùìò", "ucs2", 27, 1),  # ï is outside GSM-7
    ("😀" * 35, "ucs2", 70, 1),  # a surrogate pair is two UTF-16 units
    ("😀" * 36, "ucs2", 72, 2),
    ("a" * 66 + "😀" + "a" * 66, "ucs2", 134, 3),  # the pair cannot straddle parts 1 and 2
    ("م" * 70, "ucs2", 70, 1),
    ("م" * 71, "ucs2", 71, 2),
    ("م" * 335, "ucs2", 335, 5),
    ("م" * 336, "ucs2", 336, 6),
]


@pytest.mark.parametrize(("text", "encoding", "units", "parts"), VECTORS)
def test_preview_counts_units_and_parts(text: str, encoding: str, units: int, parts: int) -> None:
    """Encoding, units and parts match a count by hand."""
    shown = preview(text)
    assert (shown.encoding, shown.units, shown.parts) == (encoding, units, parts)


def test_characters_forcing_ucs2_are_named_once_in_order() -> None:
    """The preview names each character that forces UCS-2, once, in order of appearance."""
    assert preview("Café ç ç 😀 ok").ucs2_characters == ("ç", "😀")
    assert preview("plain [text] {with} €").ucs2_characters == ()


def test_per_part_capacity_follows_the_length() -> None:
    """One part holds 160 / 70 units; split texts hold 153 / 67 per part."""
    assert (preview("a").per_part, preview("a" * 161).per_part) == (160, 153)
    assert (preview("م").per_part, preview("م" * 71).per_part) == (70, 67)


def test_count_parts_in_a_forced_encoding() -> None:
    """A GSM-7 text sent as Unicode is counted in UTF-16 units."""
    assert count_parts("a" * 70, "ucs2") == 1
    assert count_parts("a" * 71, "ucs2") == 2
    assert count_parts("€" * 10, "ucs2") == 1
