"""EasySendSMS rules: which documented error a send breaks, its parts, its schedule, and the lookup results."""

from __future__ import annotations

import datetime as dt
from typing import Any

from smskit_gsm import Encoding, count_parts, encoding_of
from smskit_sim.clock import VirtualClock
from smskit_sim.numbers import Outcome, digits_of, outcome
from smskit_sim.providers.base import ProviderError
from smskit_sim.validation import Violation
from smskit_specs.model import Batch, TextRules

__all__ = ["REPORT_STATUS", "hlr_result", "numbers", "nv_result", "parts", "recipients", "scheduled"]

# Which error a broken rule of the send body is answered with (missing fields are 4001).
_SEND_FIELD_ERRORS = {"type": 4010, "text": 4011, "to": 4012, "from": 4014, "scheduled": 4017}
REPORT_STATUS = {"delivered": "DELIVRD", "expired": "EXPIRED", "failed": "UNDELIV"}


def recipients(body: dict[str, Any], violations: list[Violation], batch: Batch) -> list[str]:
    """The send's distinct numbers in order; the first rule the body breaks raises its documented error."""
    separator = batch.separator or ","
    for violation in violations:
        if violation.rule == "required":
            raise ProviderError(4001)
        if violation.field == "to" and len(str(body.get("to", "")).split(separator)) > batch.max:
            raise ProviderError(4013)
        raise ProviderError(_SEND_FIELD_ERRORS.get(violation.field, 4001))
    return list(dict.fromkeys(n.strip() for n in body["to"].split(separator)))


def parts(body: dict[str, Any], rules: TextRules) -> tuple[Encoding, int]:
    """The encoding the body's type field asks for and the parts the text takes in it (4011 beyond the limit,
    or for a text GSM-7 cannot carry sent as plain text)."""
    text, field = body[rules.parameter], rules.encoding
    assert field is not None
    encoding: Encoding = "ucs2" if body[field.parameter] == field.ucs2 else "gsm"
    if encoding == "gsm" and encoding_of(text) == "ucs2":
        raise ProviderError(4011)
    found = count_parts(text, encoding)
    if rules.max_parts is not None and found > rules.max_parts:
        raise ProviderError(4011)
    return encoding, found


def scheduled(raw: str | None, clock: VirtualClock) -> float | None:
    """The virtual time of `scheduled` (UTC, `Z` optional); 4017 when malformed or not in the future."""
    if raw is None:
        return None
    try:
        when = dt.datetime.fromisoformat(raw.removesuffix("Z")).replace(tzinfo=dt.UTC)
    except ValueError:
        raise ProviderError(4017) from None
    at = clock.at(when)
    if at <= clock.now():
        raise ProviderError(4017)
    return at


def numbers(body: dict[str, Any], violations: list[Violation]) -> list[str]:
    """The distinct numbers of an HLR or validation query (the schema caps them at 30)."""
    for violation in violations:
        raise ProviderError(4001 if violation.rule == "required" else 4010)
    return list(dict.fromkeys(n.strip() for n in body["number"].split(",")))


def hlr_result(number: str) -> dict[str, str]:
    result = outcome(number)
    if result is Outcome.INVALID:  # the documents' own answer for 611111
        blank = dict.fromkeys(("country", "type", "mccmnc", "roaming", "ported"), "")
        return {"number": number, **blank, "err_desc": "Number Not Supported", "operatorName": "Unknown",
                "err_code": "999", "status": "Undelivered"}  # fmt: skip
    absent = result is Outcome.ABSENT
    return {
        "number": digits_of(number),
        "country": "Simulated Country",
        "err_desc": "Absent Subscriber" if absent else "Live",
        "operatorName": "Simulated Mobile",
        "type": "Landline" if result is Outcome.LANDLINE else "Mobile",
        "mccmnc": "99901",
        "roaming": "False",
        "err_code": "27" if absent else "0",
        "status": "Undelivered" if absent else "Delivered",
        "ported": "True" if result is Outcome.PORTED else "False",
    }


def nv_result(number: str) -> dict[str, str]:
    result = outcome(number)
    found = dict.fromkeys(("country", "iso3166_2", "cc", "netName", "mcc", "mnc", "operator", "type", "netType"), "")
    if result is Outcome.INVALID:
        return {"status": "INVALID", **found, "msisdn": number}
    digits = digits_of(number)
    found.update(country="Simulated Country", iso3166_2="ZZ", cc=digits[:1], mcc="999", mnc="01")
    found["type"] = "FIXED" if result is Outcome.LANDLINE else "MOBILE"
    return {"status": "VALID", **found, "msisdn": digits}
