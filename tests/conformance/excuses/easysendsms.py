"""EasySendSMS (seeds/000): the documented refusals of a schema-valid send, 4011 and 4017, and a lookup's 4011."""

from __future__ import annotations

import datetime as dt
from typing import Any

from smskit_sim.numbers import Outcome, outcome
from tests.conformance.excuses.base import Excuse, field, inputs
from tests.conformance.excuses.generic import declared_encoding, needs_ucs2, text_rule, too_many_parts
from tests.conformance.simctl import simulator_of

__all__ = ["EXCUSES"]


def _refused(response: Any, code: int) -> bool:
    return response.status_code == 400 and bool(field(response, "error") == code)


def _text_outside_type(case: Any, response: Any) -> bool:
    """4011 for a text that does not fit its declared `type` within the spec's `max_parts`."""
    rule = text_rule("easysendsms", "sendSms")
    given = inputs(case)
    text, encoding = given.get(rule.parameter), declared_encoding(rule, given)
    if not _refused(response, 4011) or not isinstance(text, str):
        return False
    return (encoding == "gsm" and needs_ucs2(text)) or too_many_parts(rule, text, encoding)


def _schedule_not_ahead(case: Any, response: Any) -> bool:
    """4017 for a `scheduled` time that is no real date-time, or not after the simulator's (virtual) now."""
    raw = inputs(case).get("scheduled")
    if not _refused(response, 4017) or not isinstance(raw, str):
        return False
    try:
        when = dt.datetime.fromisoformat(raw.removesuffix("Z")).replace(tzinfo=dt.UTC)
    except ValueError:  # an impossible date such as 2026-02-30T25:61:00
        return True
    return when <= simulator_of(case, response).now()


def _lookup_unanswerable(case: Any, response: Any) -> bool:
    """500 4011 for a lookup naming the simulator's unroutable test number (digits ending 9992)."""
    numbers = str(inputs(case).get("number", "")).split(",")
    return (response.status_code == 500 and field(response, "error") == 4011
            and any(outcome(n) is Outcome.UNROUTABLE for n in numbers))  # fmt: skip


EXCUSES: tuple[Excuse, ...] = (
    # EasySendSMS documents `type` as the encoding of `text` ("0: Plain text (GSM 3.38 Character encoding),
    # 1: Unicode (For any other language)") and the length as "max message length 5 parts", 153 GSM / 67 Unicode
    # characters per part (seeds/000, send parameters; the spec's `x-smskit-text`: 765 GSM / 335 UCS-2
    # characters). JSON Schema can state neither rule (`maxLength: 765` is the GSM bound, and GSM extension
    # characters count twice), so schemathesis generates schema-valid texts that break them, e.g. the Arabic
    # example text with `type: "0"`, which the simulator rightly answers with 4011 "Invalid message.".
    Excuse(
        "easysendsms",
        ("sendSms",),
        "positive_data_acceptance",
        'seeds/000: `type` "0" is GSM 03.38 plain text, "1" Unicode, at most 5 parts (153 / 67 characters each); '
        'a text breaking that is answered 4011 "Invalid message." (rule not expressible in the schema)',
        _text_outside_type,
    ),
    # EasySendSMS documents 4017 "Invalid scheduled datetime format or scheduled time is in the past." (seeds/000,
    # send error table). The schema's `pattern` checks the shape only: it cannot reject a past time (the
    # documents' own parameter-table example, 2023-12-31T19:35:00, is one) or an impossible date such as
    # 2026-02-30T25:61:00.
    Excuse(
        "easysendsms",
        ("sendSms",),
        "positive_data_acceptance",
        "seeds/000: a `scheduled` time that is malformed or in the past is answered 4017 (a past time or an "
        "impossible date cannot be excluded by the schema's pattern)",
        _schedule_not_ahead,
    ),
    # HLR and NV document 4011 "Invalid HLR response." / "Invalid NV response." with HTTP 500 (seeds/000, the
    # lookup tables): the lookup went out and the network's answer was unusable. The simulator answers it for its
    # unroutable test number (...9992, spec reading 17); a schema-valid number can be one.
    Excuse(
        "easysendsms",
        ("hlrQuery", "validateNumbers"),
        "not_a_server_error",
        'seeds/000: a lookup the network cannot answer is 4011 "Invalid HLR / NV response." with HTTP 500 (the '
        "simulator's unroutable test number, digits ending 9992)",
        _lookup_unanswerable,
    ),
)
