"""Mobyt (providers/mobyt.md): 400 "details are in the body" for rules across fields, formats and account state."""

from __future__ import annotations

import re
from typing import Any

from smskit._input import sender_refusal
from smskit._spec import provider_spec
from tests.conformance.excuses.base import Excuse, field, inputs, operation_id
from tests.conformance.excuses.generic import (
    declared_encoding,
    needs_ucs2,
    real_moment,
    text_rule,
    too_many_chars,
    unknown_zone,
    valid_number,
)

__all__ = ["EXCUSES"]

_SENDS = ("sendSms", "sendParametricSms", "sendSmsToGroups")


def _result(response: Any) -> str:
    """The text of a 400 answer ("details are in the body"), or "" for any other answer."""
    result = field(response, "result")
    return result if response.status_code == 400 and isinstance(result, str) else ""


def _placeholder(case: Any, response: Any) -> bool:
    given, result = inputs(case), _result(response)
    found = re.fullmatch(r"(id_landing|short_link_url) needs the placeholder (\S+) in the message", result)
    return found is not None and found.group(1) in given and found.group(2) not in str(given.get("message", ""))


# --- dates and zones --------------------------------------------------------------------------------------------
def _iso_moment(raw: str) -> bool:
    """Whether `raw` is a real ISO-8601 local date-time as the spec's pattern writes it (`T`, optional seconds,
    fraction and `Z` / offset; the offset within a day)."""
    found = re.fullmatch(
        r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?", raw
    )
    if found is None:
        return False
    date, offset = "-".join(found.group(1, 2, 3)), found.group(8, 9)
    clock = f"{found.group(4)}:{found.group(5)}:{found.group(6) or '00'}"
    if offset[0] is not None and (int(offset[0]) > 23 or int(offset[1]) > 59):
        return False
    return real_moment(f"{date} {clock}", ("%Y-%m-%d %H:%M:%S",))


def _moment(raw: str) -> bool:
    """Whether `raw` is a real time in one of Mobyt's formats, each field at its fixed width: `ddMMyy`,
    `ddMMyyHHmm`, `yyyyMMdd`, `yyyyMMddHHmmss`, `yyyy-MM-dd HH:mm(.0)`, `yyyy-MM-dd HH:mm:ss`, or ISO-8601 (the
    vendor's Python and C# samples; spec readings)."""
    if "T" in raw:
        return _iso_moment(raw)
    if re.fullmatch(r"\d+", raw):
        # digits only: spread them out as dd-MM-yyyy HH:mm:ss (two-digit years are 20yy; a missing time is 00:00:00)
        if len(raw) in (6, 10):
            raw = f"{raw[0:2]}{raw[2:4]}20{raw[4:]}" + "0000"[: 10 - len(raw)] + "00"
        elif len(raw) in (8, 14):
            raw = f"{raw[6:8]}{raw[4:6]}{raw[0:4]}{raw[8:]}" + "000000"[: 14 - len(raw)]
        else:
            return False
        return real_moment(f"{raw[0:2]}-{raw[2:4]}-{raw[4:8]} {raw[8:10]}:{raw[10:12]}:{raw[12:14]}",
                           ("%d-%m-%Y %H:%M:%S",))  # fmt: skip
    return real_moment(raw.removesuffix(".0"), ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"))


def _unreal_date(case: Any, response: Any) -> bool:
    found = re.fullmatch(r"Invalid (?:date in )?(\w+): (.*)", _result(response))
    return (
        found is not None
        and found.group(1) in ("from", "to", "scheduled_delivery_time")
        and not _moment(found.group(2))
    )


def _unknown_zone(case: Any, response: Any) -> bool:
    found = re.fullmatch(r"Unknown time zone: (.*)", _result(response))
    return found is not None and unknown_zone(found.group(1))


def _unknown_groups(case: Any, response: Any) -> bool:
    """400 "Groups not found: a, b" naming groups of the request, in its order."""
    result, sent = _result(response), inputs(case).get("recipient")
    if not result.startswith("Groups not found: ") or not isinstance(sent, list):
        return False
    rest = result.removeprefix("Groups not found: ")
    for name in map(str, sent):
        if rest == name:
            return True
        if rest.startswith(name + ", "):
            rest = rest[len(name) + 2 :]
    return False


# --- text and sender --------------------------------------------------------------------------------------------
def _texts(given: dict[str, Any]) -> list[str]:
    """The texts an order sends: `message`, or per /paramsms recipient with its `${name}` values put in ("" when
    the recipient has none)."""
    message, recipients = str(given.get("message", "")), given.get("recipients")
    if not isinstance(recipients, dict):
        return [message]
    texts = []
    for entry in recipients.values():
        values = entry if isinstance(entry, dict) else {}

        def fill(found: re.Match[str], values: dict[str, Any] = values) -> str:
            value = values.get(found.group(1))
            return value if isinstance(value, str) else ""

        texts.append(re.sub(r"\$\{([^}]*)\}", fill, message))
    return texts


def _text_outside_encoding(case: Any, response: Any) -> bool:
    """400 for a text with characters outside GSM 03.38 under `encoding` gsm (the default), or longer than the
    spec's `max_chars` for its encoding (each text after /paramsms substitution)."""
    rule = text_rule("mobyt", operation_id(case))
    result, given = _result(response), inputs(case)
    encoding = declared_encoding(rule, given) or "gsm"  # every send takes `encoding`; gsm is its default
    texts = _texts(given)
    if result.startswith("The message has characters outside GSM (") and encoding == "gsm":
        return any(needs_ucs2(text) for text in texts)
    found = re.fullmatch(r"The message is longer than (\d+) characters", result)
    if found is not None and int(found.group(1)) == rule.max_chars[encoding]:  # the answer names the spec's bound
        return any(too_many_chars(rule, text, encoding) for text in texts)
    return False


def _sender_refused(case: Any, response: Any) -> bool:
    """400 for a `sender` on a type other than N, or on N a sender the spec's `x-smskit-sender` does not take."""
    result, given = _result(response), inputs(case)
    sender, kind = given.get("sender"), given.get("message_type")
    if not isinstance(sender, str) or not sender:
        return False
    if result == f"Message type {kind} does not allow a custom sender: leave it empty":
        return kind != "N"
    if result == f"Invalid sender: {sender}" and kind == "N":
        rules = provider_spec("mobyt").operations[operation_id(case)].sender
        return rules is not None and sender_refusal(rules, sender) is not None
    return False


def _impossible_numbers(case: Any, response: Any) -> bool:
    result = _result(response)
    single = re.fullmatch(r"Invalid recipient(?:: (.*)|\.)", result)
    if single is not None:
        numbers = [single.group(1)] if single.group(1) is not None else [inputs(case).get("phoneNumber")]
    elif result == "Some of the phone numbers specified were badly formatted" and isinstance(case.body, list):
        numbers = case.body
    else:
        return False
    return any(not valid_number(n) for n in numbers)


EXCUSES: tuple[Excuse, ...] = (
    # Mobyt send calls: "A landing page link (`id_landing`) needs the placeholder `%PAGESLINK____________%` in the
    # text, and a short link (`short_link_url`) needs `%SHORT_LINK%`" (spec sendSms description): 400.
    Excuse(
        "mobyt",
        _SENDS,
        "positive_data_acceptance",
        "providers/mobyt.md: id_landing needs %PAGESLINK____________% and short_link_url %SHORT_LINK% in the text",
        _placeholder,
    ),
    # Mobyt: 400 for "an error in the from, to or timezone date format" (spec getSmsHistory / listBlacklist);
    # the patterns accept digits that are no date (month 00, 30 February...).
    Excuse(
        "mobyt",
        ("getSmsHistory", "listBlacklist", *_SENDS),
        "positive_data_acceptance",
        "providers/mobyt.md: a date that is no real date is answered 400 (patterns check digits only)",
        _unreal_date,
    ),
    # Mobyt: `timezone` is an "IANA time zone" and a bad one is "an error in the from, to or timezone date
    # format" (spec getSmsHistory, 400); the schema has no list of zones.
    Excuse(
        "mobyt",
        ("getSmsHistory", "listBlacklist", *_SENDS),
        "positive_data_acceptance",
        "providers/mobyt.md: a timezone that is no IANA zone is answered 400",
        _unknown_zone,
    ),
    # Mobyt: unknown groups "answer 400" (spec sendSmsToGroups): the account's groups are state.
    Excuse(
        "mobyt",
        ("sendSmsToGroups",),
        "positive_data_acceptance",
        "providers/mobyt.md smstogroups: unknown group names are answered 400",
        _unknown_groups,
    ),
    # Mobyt send calls: `encoding` is "`gsm` (default) | `ucs2` (use ucs2 for non-GSM characters)", and the text
    # is "max 1000 chars with `gsm`, 450 with `ucs2`" (providers/mobyt.md, send parameters; spec `Encoding`,
    # `message`, `x-smskit-text`, and for /paramsms "the 1000-character limit applies to each text after
    # substitution"); other errors are the documented 400 "details are in the body". Which characters a text holds
    # under which encoding, and a bound that depends on another field or on substitution, are rules the schema
    # cannot state (`maxLength: 1000` is the gsm bound), so schemathesis sends non-GSM text without `encoding: ucs2`.
    Excuse(
        "mobyt",
        _SENDS,
        "positive_data_acceptance",
        "providers/mobyt.md: encoding gsm (default) cannot carry non-GSM characters (use ucs2), and texts are at "
        "most 1000 gsm / 450 ucs2 characters after substitution (400)",
        _text_outside_encoding,
    ),
    # Mobyt `sender`: "alias/TPOA or number ... **must be empty** if the type does not allow a custom sender.
    # Alphanumeric aliases must be pre-registered and approved (AGCOM); only on high-quality type" (N, "the only
    # type allowing custom alphanumeric sender"; providers/mobyt.md, send parameters; spec `sender`), answered with
    # the documented 400 "details are in the body". A rule across two fields, and registration is account state: an
    # alias that is no TPOA at all (more than 11 characters, or not letters and digits) can never be registered.
    Excuse(
        "mobyt",
        _SENDS,
        "positive_data_acceptance",
        "providers/mobyt.md: `sender` must be empty on types L / LL, and on N be a number or a registered alias "
        "(TPOA) (400)",
        _sender_refused,
    ),
    # Mobyt: numbers "in international format" (`+<country><number>`); a recipient that is no valid phone number
    # is answered 400 "Invalid recipient." / "Some of the phone numbers specified were badly formatted" (spec
    # addToBlacklist / addToBlacklistBatch; sendSms without allowInvalidRecipients). The patterns admit any digits.
    Excuse(
        "mobyt",
        ("addToBlacklist", "addToBlacklistBatch", *_SENDS),
        "positive_data_acceptance",
        "providers/mobyt.md: a number that is no valid phone number is answered 400 'Invalid recipient'",
        _impossible_numbers,
    ),
)
