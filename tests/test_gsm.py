"""smskit_gsm against an independent GSM 03.38 implementation, not against itself.

The reference is the `gsm0338` codec from PyPI (github.com/dsch/gsm0338, pinned in the `test` extra): its tables
follow 3GPP TS 23.038, with the capital Ç at 0x09 as the standard has it. Its tables are read through its public
codec only (decode every septet, and every escape + septet), and its encoder's output, one byte per septet, is
the septet count. For UCS-2 the reference is the standard library's UTF-16 codec. Part counts are derived from
those encoded bytes by cutting them into 153-septet / 134-byte parts and moving a cut that would split an escape
sequence or a surrogate pair one unit back, which reaches the rule another way than smskit_gsm's per-character sizes.
"""

from __future__ import annotations

import codecs

import gsm0338  # registers the "gsm03.38" codec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smskit_gsm import BASIC, EXTENSION, PER_PART, SINGLE, Encoding, count_parts, encoding_of, outside_gsm, shape, units

CODEC = "gsm03.38"
ESCAPE = 0x1B  # the escape to the extension table: a septet, not a character of either table
assert codecs.lookup(CODEC).name == gsm0338.Codec.NAME


def _reference_basic() -> frozenset[str]:
    return frozenset(bytes([septet]).decode(CODEC) for septet in range(0x80) if septet != ESCAPE)


def _reference_extension() -> frozenset[str]:
    table = set()
    for septet in range(0x80):
        try:
            table.add(bytes([ESCAPE, septet]).decode(CODEC))
        except UnicodeDecodeError:  # no extension character at this position
            continue
    return frozenset(table)


REF_BASIC = _reference_basic()
REF_EXTENSION = _reference_extension()
REF_GSM = REF_BASIC | REF_EXTENSION


def _reference_septets(text: str) -> int:
    return len(text.encode(CODEC))  # the codec writes one byte per septet (unpacked)


def _reference_refuses(ch: str) -> bool:
    """Whether GSM-7 cannot carry `ch` (the reference encodes the escape character itself; it is not one)."""
    try:
        ch.encode(CODEC)
    except UnicodeEncodeError:
        return True
    return ch == chr(ESCAPE)


def _reference_outside(text: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ch for ch in text if _reference_refuses(ch)))


def _reference_parts(text: str, encoding: Encoding) -> int:
    """Parts as the reference encoders' bytes imply: cut into parts, never inside an escape or a surrogate pair."""
    if encoding == "gsm":
        data, unit, single, per_part = text.encode(CODEC), 1, 160, 153

        def splits(cut: bytes) -> bool:
            return cut[-1] == ESCAPE  # the part would end between an escape and its character
    else:
        data, unit, single, per_part = text.encode("utf-16-be"), 2, 70, 67

        def splits(cut: bytes) -> bool:
            return 0xD8 <= cut[-2] <= 0xDB  # the part would end on a high surrogate

    if not data:
        return 0
    if len(data) <= single * unit:
        return 1
    parts = 0
    while data:
        cut = per_part * unit
        if len(data) > cut and splits(data[:cut]):
            cut -= unit
        data, parts = data[cut:], parts + 1
    return parts


def test_the_reference_tables_are_complete() -> None:
    """The reference decodes 127 basic characters (128 septets less the escape) and 10 extension characters."""
    assert (len(REF_BASIC), len(REF_EXTENSION)) == (127, 10)
    assert not REF_BASIC & REF_EXTENSION


def test_basic_table_is_the_reference_basic_table() -> None:
    """Exactly the same characters: one missing from BASIC, or one extra in it, fails."""
    assert sorted(REF_BASIC - BASIC) == [], "missing from BASIC"
    assert sorted(BASIC - REF_BASIC) == [], "in BASIC, not in the standard's basic table"


def test_extension_table_is_the_reference_extension_table() -> None:
    """Exactly the same characters: one missing from EXTENSION, or one extra in it, fails."""
    assert sorted(REF_EXTENSION - EXTENSION) == [], "missing from EXTENSION"
    assert sorted(EXTENSION - REF_EXTENSION) == [], "in EXTENSION, not in the standard's extension table"


def test_every_character_costs_what_the_reference_encodes_it_to() -> None:
    """Extension characters take two septets (escape + septet), basic characters one."""
    assert {ch: units(ch, "gsm") for ch in sorted(EXTENSION)} == dict.fromkeys(sorted(EXTENSION), 2)
    for ch in sorted(REF_GSM):
        assert units(ch, "gsm") == _reference_septets(ch), repr(ch)


def test_encoding_follows_what_the_reference_can_encode() -> None:
    """Across the whole BMP (and one emoji), GSM-7 exactly where the reference encodes the character."""
    for code in [*range(0xD800), *range(0xE000, 0x10000), 0x1F600]:
        ch = chr(code)
        if _reference_refuses(ch):
            assert (encoding_of(ch), outside_gsm(ch)) == ("ucs2", (ch,)), f"U+{code:04X}"
        else:
            assert (encoding_of(ch), outside_gsm(ch)) == ("gsm", ()), f"U+{code:04X}"


BOUNDARIES = [
    # (text, encoding, parts), parts counted by hand; the reference must agree too
    ("", "gsm", 0),
    ("a" * 160, "gsm", 1),
    ("a" * 161, "gsm", 2),
    ("a" * 153 * 2, "gsm", 2),
    ("a" * (153 * 2 + 1), "gsm", 3),
    ("€" * 80, "gsm", 1),  # 160 septets
    ("€" * 81, "gsm", 2),  # 162 septets
    ("a" * 151 + "€" + "a" * 153, "gsm", 2),  # 306 septets, the € closes part 1 exactly
    ("a" * 152 + "€" + "a" * 152, "gsm", 3),  # 306 septets, but the € cannot straddle parts 1 and 2
    ("a" * 152 + "|" + "a" * 7, "gsm", 2),  # 161 septets, the | opens part 2
    ("ы" * 70, "ucs2", 1),
    ("ы" * 71, "ucs2", 2),
    ("ы" * 67 * 2, "ucs2", 2),
    ("ы" * (67 * 2 + 1), "ucs2", 3),
    ("😀" * 35, "ucs2", 1),  # 70 units
    ("😀" * 36, "ucs2", 2),  # 72 units
    ("ы" * 65 + "😀" + "ы" * 67, "ucs2", 2),  # 134 units, the pair closes part 1 exactly
    ("ы" * 66 + "😀" + "ы" * 66, "ucs2", 3),  # 134 units, but the pair cannot straddle parts 1 and 2
]


@pytest.mark.parametrize(("text", "encoding", "parts"), BOUNDARIES)
def test_parts_at_the_boundaries(text: str, encoding: Encoding, parts: int) -> None:
    """count_parts and shape agree with the reference's encoded length, and with a count by hand."""
    assert _reference_parts(text, encoding) == parts
    assert count_parts(text, encoding) == parts
    reference_units = _reference_septets(text) if encoding == "gsm" else len(text.encode("utf-16-le")) // 2
    assert shape(text) == (encoding, reference_units, parts, _reference_outside(text))


def test_part_sizes_are_the_standard_ones() -> None:
    """160 / 153 septets, 70 / 67 UTF-16 units."""
    assert (dict(SINGLE), dict(PER_PART)) == ({"gsm": 160, "ucs2": 70}, {"gsm": 153, "ucs2": 67})


def _texts(alphabet: st.SearchStrategy[str], long: int) -> st.SearchStrategy[str]:
    """Short texts, and long ones (hypothesis draws short texts by default, which never reach a part boundary)."""
    return st.one_of(st.text(alphabet=alphabet, max_size=480), st.text(alphabet=alphabet, min_size=long, max_size=480))


# extension characters drawn as often as basic ones, so that many land on a part boundary
GSM_TEXT = _texts(st.one_of(st.sampled_from(sorted(REF_BASIC)), st.sampled_from(sorted(REF_EXTENSION))), long=150)
# any character but a lone surrogate, which no text sent as SMS can hold; GSM-7 characters and surrogate pairs
# drawn often
ANY_CHARACTER = st.one_of(
    st.sampled_from(sorted(REF_GSM)),
    st.characters(exclude_categories=["Cs"]),
    st.characters(min_codepoint=0x10000, exclude_categories=["Cs"]),
)
ANY_TEXT = _texts(ANY_CHARACTER, long=60)


@settings(max_examples=300, deadline=None)
@given(GSM_TEXT)
def test_gsm_units_and_parts_match_the_reference(text: str) -> None:
    """For any GSM-7 text: septets as the reference encodes it, parts as its bytes imply."""
    septets = _reference_septets(text)
    assert units(text, "gsm") == septets
    assert count_parts(text, "gsm") == _reference_parts(text, "gsm")
    assert shape(text) == ("gsm", septets, _reference_parts(text, "gsm"), ())


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_any_text_is_shaped_as_the_references_encode_it(text: str) -> None:
    """For any text: GSM-7 iff the reference encodes it; otherwise UTF-16 units, and the refused characters."""
    refused = _reference_outside(text)
    if refused:
        expected = ("ucs2", len(text.encode("utf-16-le")) // 2, _reference_parts(text, "ucs2"), refused)
    else:
        expected = ("gsm", _reference_septets(text), _reference_parts(text, "gsm"), ())
    assert shape(text) == expected
    assert (encoding_of(text), outside_gsm(text)) == (expected[0], refused)
    assert count_parts(text, "ucs2") == _reference_parts(text, "ucs2")
