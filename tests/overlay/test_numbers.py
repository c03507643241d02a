"""Recipient parsing: the fast path for international input agrees with phonenumbers' full parser."""

from __future__ import annotations

import os

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smskit import InputError
from smskit._numbers import parse_number


def _full(raw: str) -> str | None:
    try:
        number = phonenumbers.parse(raw)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# `SMSKIT_NUMBER_EXAMPLES` for a deeper run (the default keeps `nox -s tests` inside its time).
@settings(max_examples=int(os.environ.get("SMSKIT_NUMBER_EXAMPLES", "1000")), deadline=None)
@given(st.from_regex(r"\+[1-9][0-9]{6,15}", fullmatch=True))
def test_international_input_keeps_its_digits_or_takes_the_full_parse(raw: str) -> None:
    """Well-formed E.164 parses to itself, as phonenumbers says; for odd input smskit keeps the caller's digits
    (never strips what looks like a trunk or carrier prefix from an explicit +number) or defers to phonenumbers."""
    full = _full(raw)
    try:
        got: str | None = parse_number(raw).e164
    except InputError:
        got = None
    if full == raw:
        assert got == raw
    assert got in (raw, full)
    if got is None:
        assert full is None


@pytest.mark.parametrize(
    ("raw", "region", "e164"),
    [
        ("+39 06 1234567", None, "+39061234567"),  # Italian leading zero kept
        ("0044 7700 900123", None, "+447700900123"),
        ("07700900123", "GB", "+447700900123"),
        ("14155550100", None, "+14155550100"),  # bare digits read as international
    ],
)
def test_forms_people_write(raw: str, region: str | None, e164: str) -> None:
    """Spaces, 00 prefixes, national numbers with a region and bare international digits all parse."""
    assert parse_number(raw, region).e164 == e164


@pytest.mark.parametrize("raw", ["", "abc", "+1", "1234"])
def test_impossible_numbers_name_the_field(raw: str) -> None:
    """What cannot be a number is an InputError naming the field."""
    with pytest.raises(InputError) as refused:
        parse_number(raw, field="to[3]")
    assert refused.value.field == "to[3]"
