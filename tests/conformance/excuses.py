"""The only check failures the conformance suite accepts, each tied to behaviour the provider documents.

An excuse covers one check on named operations of one provider, and only the answers its `applies` predicate
recognises as that documented behaviour (the provider's own error code or text, and inputs that really break
the documented rule): the check keeps running on every other answer. Each names, in `reason` and in the
comment above it, the documented behaviour that makes the failure a false positive; typically a rule the
schema cannot state (a relation between fields, calendar validity, the state of the account), or a provider
that gives a standard HTTP status its own meaning. Excused failures are counted and listed in the report,
never hidden. Every other failure is a simulator bug or a spec bug, and fails the suite.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zoneinfo
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import phonenumbers
from schemathesis.core import NOT_SET

from smskit.text import count_parts, preview
from tests.conformance.simctl import simulator_of

__all__ = ["EXCUSES", "Excuse", "excuse_for"]

EVERY_OPERATION = "*"


@dataclass(frozen=True)
class Excuse:
    provider: str
    operations: tuple[str, ...]  # operationIds, or ("*",): every operation of the provider
    check: str  # schemathesis check name
    reason: str  # the documented behaviour, with its source
    applies: Callable[[Any, Any], bool]  # (case, response) -> is this answer that documented behaviour?


# --- reading cases and answers --------------------------------------------------------------------------------
def _json(response: Any) -> Any:
    try:
        return json.loads(response.text or "null")
    except ValueError:
        return None


def _field(response: Any, *path: str) -> Any:
    value = _json(response)
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _inputs(case: Any) -> dict[str, Any]:
    """Query parameters and body fields together (the GET and POST twins of an operation carry the same)."""
    merged: dict[str, Any] = dict(case.query or {})
    if isinstance(case.body, dict):
        merged.update(case.body)
    return merged


def _real_moment(value: Any, formats: Iterable[str]) -> bool:
    """Whether `value` is a real calendar date / time in one of the `strptime` formats."""
    for fmt in formats:
        try:
            dt.datetime.strptime(str(value), fmt)
        except (ValueError, OverflowError):
            continue
        return True
    return False


def _valid_number(raw: Any) -> bool:
    """Whether `raw` is a valid international phone number (`phonenumbers`, independent of the simulator): digits
    and the separators people write, nothing `phonenumbers` would skip or convert (masked digits such as the
    documents' `7736389****`, vanity letters), that its country's numbering plan allows."""
    text = str(raw).strip()
    if re.fullmatch(r"[0-9+()./\- ]+", text) is None:
        return False
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, None))
    except phonenumbers.NumberParseException:
        return False


# --- EasySendSMS ------------------------------------------------------------------------------------------------
def _easysendsms_text_outside_type(case: Any, response: Any) -> bool:
    """4011 for a text that does not fit its declared `type` within the documented 5 parts."""
    body = case.body if isinstance(case.body, dict) else {}
    text, kind = body.get("text"), body.get("type")
    if response.status_code != 400 or _field(response, "error") != 4011 or not isinstance(text, str):
        return False
    if kind == "0" and preview(text).encoding == "ucs2":
        return True
    return count_parts(text, "ucs2" if kind == "1" else "gsm") > 5


def _easysendsms_schedule_not_ahead(case: Any, response: Any) -> bool:
    """4017 for a `scheduled` time that is no real date-time, or not after the simulator's (virtual) now."""
    body = case.body if isinstance(case.body, dict) else {}
    raw = body.get("scheduled")
    if response.status_code != 400 or _field(response, "error") != 4017 or not isinstance(raw, str):
        return False
    try:
        when = dt.datetime.fromisoformat(raw.removesuffix("Z")).replace(tzinfo=dt.UTC)
    except ValueError:
        return True
    return when <= simulator_of(case, response).now()


# --- EzzySMS ----------------------------------------------------------------------------------------------------
_EZZYSMS_SENDS = ("sendMessage", "sendMessageByQuery")
_EZZYSMS_NAMES = {402: "InvalidSenderId", 407: "CouldNotRoute"}


def _ezzysms_named(*statuses: int) -> Callable[[Any, Any], bool]:
    def applies(case: Any, response: Any) -> bool:
        status = response.status_code
        return status in statuses and _field(response, "message") == _EZZYSMS_NAMES.get(status)

    return applies


def _ezzysms_text_not_one_sms(case: Any, response: Any) -> bool:
    """502 RejectedByGateway for a `message` that is missing, empty, or more than one SMS."""
    if response.status_code != 502 or _field(response, "message") != "RejectedByGateway":
        return False
    text = _inputs(case).get("message")
    return not isinstance(text, str) or not text or preview(text).parts > 1


# --- Easify -----------------------------------------------------------------------------------------------------
def _laravel_errors(response: Any) -> dict[str, list[str]]:
    errors = _field(response, "errors")
    return errors if response.status_code == 422 and isinstance(errors, dict) else {}


def _easify_message_or_media(case: Any, response: Any) -> bool:
    errors, given = _laravel_errors(response), _inputs(case)
    return bool(errors) and set(errors) <= {"message", "media"} and not given.get("message") and not given.get("media")


def _easify_report_rules(case: Any, response: Any) -> bool:
    """422 for `receiver` without `country_code` (or the reverse), or a date range that is reversed or > 30 days.
    An empty value is no value (Laravel converts empty strings to null), so `receiver=` counts as absent."""
    errors, given = _laravel_errors(response), _inputs(case)
    if not errors:
        return False
    present = {name for name, value in given.items() if value not in (None, "")}
    for name, texts in errors.items():
        if name in ("receiver", "country_code"):
            if ("receiver" in present) == ("country_code" in present):
                return False
        elif name == "to_date" and all("must be a date" in t for t in texts):
            try:
                first = dt.date.fromisoformat(str(given["from_date"]))
                last = dt.date.fromisoformat(str(given["to_date"]))
            except (KeyError, ValueError):
                return False
            if first <= last <= first + dt.timedelta(days=30):
                return False
        else:
            return False
    return True


def _integer(value: Any) -> bool:
    """Whether a query value reads as an integer (PHP's FILTER_VALIDATE_INT, as Laravel's paginator reads `page`)."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, str) and re.fullmatch(r"[+-]?\d+", value.strip()) is not None)


def _easify_lenient_paging(case: Any, response: Any) -> bool:
    """200 for a `limit` / `page` that is no integer, read as absent: page 1, and for `limit` the whole list (phone
    numbers) or the default 10 (templates). Only requests whose every other query value is an integer."""
    query = dict(case.query or {})
    if response.status_code != 200 or _field(response, "status") is not True or set(query) - {"limit", "page"}:
        return False
    bad = {name for name, value in query.items() if not _integer(value)}
    if not bad:
        return False
    meta = _field(response, "meta")
    paginated = isinstance(meta, dict)
    if "page" in bad and paginated and meta.get("current_page") != 1:
        return False
    if "limit" in bad:
        if case.operation.definition.raw.get("operationId") == "listPhoneNumbers":
            return _field(response, "links") == []
        return paginated and meta.get("per_page") == 10
    return True


def _easify_account(case: Any, response: Any, path: str) -> list[dict[str, Any]]:
    """`data` of one of the account's own lists (GET /phone-numbers, /sms/templates), as the request's caller."""
    auth = response.request.headers.get("Authorization", "")
    answer = simulator_of(case, response).request("GET", f"/easify/api/v2{path}", headers={"Authorization": auth})
    data = answer.json().get("data") if answer.status_code == 200 else None
    return data if isinstance(data, list) else []


def _listed(value: Any) -> list[Any]:
    """A form field that may be sent once or repeated, as a list."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _national(number: Any) -> str:
    digits = re.sub(r"\D", "", str(number))
    return digits[-10:]


def _easify_send_without_body(case: Any, response: Any) -> bool:
    """The documented 422 "The from_number is required." for a send that carries no body at all."""
    errors = _laravel_errors(response)
    no_body = case.body is NOT_SET or case.body is None
    return no_body and "from_number" in errors and _field(response, "message") == "The from_number is required."


def _easify_not_own_number(case: Any, response: Any) -> bool:
    """400 "Selected from number is invalid" for a `from_number` that is not one of the account's numbers."""
    if response.status_code != 400 or _field(response, "message") != "Selected from number is invalid":
        return False
    own = {_national(n.get("number")) for n in _easify_account(case, response, "/phone-numbers")}
    return _national(_inputs(case).get("from_number")) not in own


def _easify_impossible_recipient(case: Any, response: Any) -> bool:
    """400 "InvalidRecipient!" for a `to_number` that is no valid phone number in its `country_code`."""
    if response.status_code != 400 or _field(response, "message") != "InvalidRecipient!":
        return False
    given = _inputs(case)
    return not _valid_number(f"{given.get('country_code', '')}{given.get('to_number', '')}")


def _easify_unknown_phone_number_id(case: Any, response: Any) -> bool:
    if response.status_code != 400 or _field(response, "message") != "Invalid phone number id":
        return False
    own = {n.get("id") for n in _easify_account(case, response, "/phone-numbers")}
    return _inputs(case).get("phone_number_id") not in own


def _easify_unknown_sms_id(case: Any, response: Any) -> bool:
    if response.status_code != 400 or _field(response, "message") != "Failed to fetch SMS Status":
        return False
    sent = simulator_of(case, response).request("GET", "/_sim/messages", params={"provider": "easify"}).json()
    return str(_inputs(case).get("sms_id")) not in {m["id"] for m in sent.get("messages", [])}


def _easify_campaign_rules(case: Any, response: Any) -> bool:
    """422 naming only: numbers the account does not own, templates it does not have, a recipients file that is
    no text (CSV), a `schedule_time` that is no real date-time, or a `schedule_timezone` that is no IANA zone."""
    errors, given = _laravel_errors(response), _inputs(case)
    if not errors:
        return False
    for name, texts in errors.items():
        if name == "from_numbers":
            own = {_national(n.get("number")) for n in _easify_account(case, response, "/phone-numbers")}
            if all(_national(v) in own for v in _listed(given.get("from_numbers"))):
                return False
        elif name == "template_ids":
            known = {t.get("id") for t in _easify_account(case, response, "/sms/templates?limit=100")}
            if all(v in known for v in _listed(given.get("template_ids"))):
                return False
        elif name == "recipients_file":
            upload = getattr(given.get("recipients_file"), "data", given.get("recipients_file"))  # schemathesis Binary
            if not all("must be a file of type: csv, txt" in t for t in texts) or not isinstance(upload, bytes):
                return False
            try:
                upload.decode("utf-8")
            except UnicodeDecodeError:
                continue
            return False
        elif name == "schedule_time":
            if _real_moment(given.get("schedule_time"), ("%Y-%m-%d %H:%M:%S",)):
                return False
        elif name == "schedule_timezone":
            if given.get("schedule_timezone") in zoneinfo.available_timezones():
                return False
        else:
            return False
    return True


# --- TransmitSMS ------------------------------------------------------------------------------------------------
_TRANSMITSMS_DATES = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d")


def _transmitsms_error(response: Any) -> tuple[Any, Any]:
    return _field(response, "error", "code"), _field(response, "error", "description")


def _transmitsms_codes(*codes: str) -> Callable[[Any, Any], bool]:
    def applies(case: Any, response: Any) -> bool:
        return response.status_code == 400 and _transmitsms_error(response)[0] in codes

    return applies


def _transmitsms_text(code: str, text: str) -> Callable[[Any, Any], bool]:
    def applies(case: Any, response: Any) -> bool:
        return response.status_code == 400 and _transmitsms_error(response) == (code, text)

    return applies


def _transmitsms_to_or_list(case: Any, response: Any) -> bool:
    code, text = _transmitsms_error(response)
    given = _inputs(case)
    one_given = bool(given.get("to")) != (given.get("list_id") is not None)
    return code == "FIELD_INVALID" and text == "You must provide either 'list_id' or 'to'" and not one_given


def _transmitsms_impossible_mobile(case: Any, response: Any) -> bool:
    """BAD_MOBILE / BAD_MOBILE_COUNTRY for an msisdn that is no phone number (of `countrycode`, when given)."""
    if response.status_code != 400 or _transmitsms_error(response)[0] not in ("BAD_MOBILE", "BAD_MOBILE_COUNTRY"):
        return False
    given = _inputs(case)
    region = str(given.get("countrycode", "")).upper()
    known_region = region if region in phonenumbers.SUPPORTED_REGIONS else None
    try:
        number = phonenumbers.parse(str(given.get("msisdn", "")), known_region)
    except phonenumbers.NumberParseException:
        return True
    return not phonenumbers.is_valid_number(number)


def _transmitsms_no_valid_recipient(case: Any, response: Any) -> bool:
    """RECIPIENTS_ERROR when none of the `to` numbers is a valid number (of `countrycode`, when given)."""
    if response.status_code != 400 or _transmitsms_error(response)[0] != "RECIPIENTS_ERROR":
        return False
    given = _inputs(case)
    region = str(given.get("countrycode", "")).upper()
    known_region = region if region in phonenumbers.SUPPORTED_REGIONS else None
    for raw in str(given.get("to", "")).split(","):
        for text, region in (("+" + raw.strip().removeprefix("+"), None), (raw, known_region)):
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(text, region)):
                    return False
            except phonenumbers.NumberParseException:
                continue
    return True


def _transmitsms_not_scheduled(case: Any, response: Any) -> bool:
    """ALREADY_SENT for a message of the account that has a recipient no longer waiting for its scheduled time."""
    if response.status_code != 400 or _transmitsms_error(response)[0] != "ALREADY_SENT":
        return False
    stored = simulator_of(case, response).request("GET", "/_sim/messages", params={"provider": "transmitsms"}).json()
    mine = [m for m in stored.get("messages", []) if m.get("group") == str(_inputs(case).get("id"))]
    return bool(mine) and any(m.get("status") != "scheduled" for m in mine)


def _transmitsms_reply_selector(case: Any, response: Any) -> bool:
    """FIELD_INVALID when replies are selected by none of message / keyword id / keyword, or by a keyword alone."""
    code, text = _transmitsms_error(response)
    given = {k: v for k, v in _inputs(case).items() if v is not None}
    if code != "FIELD_INVALID":
        return False
    if text == "You must provide either 'message_id', 'keyword_id' or 'keyword'":
        return not {k for k in ("message_id", "keyword_id", "keyword") if given.get(k) not in (None, "")}
    alone = "keyword" in given and "number" not in given
    return text == "If you provide 'keyword', you must provide 'number'" and alone


def _transmitsms_sender_not_leased(case: Any, response: Any) -> bool:
    """BAD_CALLER_ID for a numeric `from` that is not an active number the account leases."""
    sender = str(_inputs(case).get("from", "")).removeprefix("+")
    if response.status_code != 400 or _transmitsms_error(response)[0] != "BAD_CALLER_ID" or not sender.isdigit():
        return False
    auth = response.request.headers.get("Authorization", "")
    answer = simulator_of(case, response).request(
        "GET", "/transmitsms/get-numbers.json", params={"max": 100}, headers={"Authorization": auth}
    )
    numbers = answer.json().get("numbers", []) if answer.status_code == 200 else []
    active = {str(n.get("number")) for n in numbers if n.get("status") == "active"}
    return sender not in active


def _transmitsms_unreal_field(case: Any, response: Any) -> bool:
    """FIELD_INVALID for a date that matches the pattern but is no real date, or a countrycode that is no ISO
    3166 alpha-2 code (the alternative, a country name, can only be checked against the provider's list)."""
    code, text = _transmitsms_error(response)
    found = re.search(r'Field "(\w+)" has invalid (?:format|value)', str(text))
    if response.status_code != 400 or code != "FIELD_INVALID" or found is None:
        return False
    name, value = found.group(1), _inputs(case).get(found.group(1))
    if name == "countrycode":
        return str(value).upper() not in phonenumbers.SUPPORTED_REGIONS
    dated = isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?", value) is not None
    return dated and not _real_moment(value, _TRANSMITSMS_DATES)


def _transmitsms_unknown_zone(case: Any, response: Any) -> bool:
    """FIELD_INVALID 'Field "timezone" is not a known time zone' for a `timezone` that is no IANA zone."""
    if response.status_code != 400 or _transmitsms_error(response) != (
        "FIELD_INVALID",
        'Field "timezone" is not a known time zone',
    ):
        return False
    return _inputs(case).get("timezone") not in zoneinfo.available_timezones()


def _transmitsms_client_msisdn(case: Any, response: Any) -> bool:
    """FIELD_INVALID for a client `msisdn` that is no phone number: not digits once the separators people write
    (spaces, brackets, dots, dashes, slashes, a leading `+` or `00`) are taken out, or more than 18 of them."""
    if response.status_code != 400 or _transmitsms_error(response) != (
        "FIELD_INVALID",
        'Field "msisdn" has invalid format',
    ):
        return False
    digits = re.sub(r"[\s().\-/]", "", str(_inputs(case).get("msisdn", ""))).removeprefix("+")
    return not (digits.isascii() and digits.isdigit()) or len(digits.removeprefix("00")) > 18


def _transmitsms_fixed_top_up(case: Any, response: Any) -> bool:
    """FIELD_EMPTY for a client paying by fixed top-ups (`payment_method=fixed`) without the top-up amount."""
    if response.status_code != 400 or _transmitsms_error(response) != (
        "FIELD_EMPTY",
        "Required field 'fixed_top_up_amount' is empty",
    ):
        return False
    inputs = _inputs(case)
    return str(inputs.get("payment_method")) == "fixed" and "fixed_top_up_amount" not in inputs


# --- Mobyt ------------------------------------------------------------------------------------------------------
_MOBYT_SENDS = ("sendSms", "sendParametricSms", "sendSmsToGroups")


def _mobyt_result(response: Any) -> str:
    result = _field(response, "result")
    return result if response.status_code == 400 and isinstance(result, str) else ""


def _mobyt_placeholder(case: Any, response: Any) -> bool:
    given, result = _inputs(case), _mobyt_result(response)
    found = re.fullmatch(r"(id_landing|short_link_url) needs the placeholder (\S+) in the message", result)
    return found is not None and found.group(1) in given and found.group(2) not in str(given.get("message", ""))


def _mobyt_moment(raw: str) -> bool:
    """Whether `raw` is a real time in one of Mobyt's formats, each field at its fixed width: `ddMMyy`,
    `ddMMyyHHmm`, `yyyyMMdd`, `yyyyMMddHHmmss`, `yyyy-MM-dd HH:mm(.0)`, `yyyy-MM-dd HH:mm:ss`."""
    if re.fullmatch(r"\d+", raw):
        if len(raw) in (6, 10):
            raw = f"{raw[0:2]}{raw[2:4]}20{raw[4:]}" + "0000"[: 10 - len(raw)] + "00"
        elif len(raw) in (8, 14):
            raw = f"{raw[6:8]}{raw[4:6]}{raw[0:4]}{raw[8:]}" + "000000"[: 14 - len(raw)]
        else:
            return False
        return _real_moment(f"{raw[0:2]}-{raw[2:4]}-{raw[4:8]} {raw[8:10]}:{raw[10:12]}:{raw[12:14]}",
                            ("%d-%m-%Y %H:%M:%S",))  # fmt: skip
    return _real_moment(raw.removesuffix(".0"), ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"))


def _mobyt_unreal_date(case: Any, response: Any) -> bool:
    found = re.fullmatch(r"Invalid (?:date in )?(\w+): (.*)", _mobyt_result(response))
    dated = found is not None and found.group(1) in ("from", "to", "scheduled_delivery_time")
    return dated and found is not None and not _mobyt_moment(found.group(2))


def _mobyt_unknown_zone(case: Any, response: Any) -> bool:
    found = re.fullmatch(r"Unknown time zone: (.*)", _mobyt_result(response))
    return found is not None and found.group(1) not in zoneinfo.available_timezones()


def _mobyt_unknown_groups(case: Any, response: Any) -> bool:
    """400 "Groups not found: a, b" naming groups of the request, in its order."""
    result, sent = _mobyt_result(response), _inputs(case).get("recipient")
    if not result.startswith("Groups not found: ") or not isinstance(sent, list):
        return False
    rest = result.removeprefix("Groups not found: ")
    for name in map(str, sent):
        if rest == name:
            return True
        if rest.startswith(name + ", "):
            rest = rest[len(name) + 2 :]
    return False


def _mobyt_texts(given: dict[str, Any]) -> list[str]:
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


def _mobyt_text_outside_encoding(case: Any, response: Any) -> bool:
    """400 for a text with characters outside GSM 03.38 under `encoding` gsm (the default), or longer than the
    encoding's documented limit (1000 gsm / 450 ucs2 characters, each text after /paramsms substitution)."""
    result, given = _mobyt_result(response), _inputs(case)
    encoding = "ucs2" if given.get("encoding") == "ucs2" else "gsm"
    texts = _mobyt_texts(given)
    if result.startswith("The message has characters outside GSM (") and encoding == "gsm":
        return any(preview(text).encoding == "ucs2" for text in texts)
    found = re.fullmatch(r"The message is longer than (\d+) characters", result)
    if found is not None and int(found.group(1)) == {"gsm": 1000, "ucs2": 450}[encoding]:
        return any(preview(text).characters > int(found.group(1)) for text in texts)
    return False


def _mobyt_sender_refused(case: Any, response: Any) -> bool:
    """400 for a `sender` on a type other than N, or on N a sender that is neither a number nor an alias that could be
    registered (a TPOA: at most 11 letters, digits, spaces, dots or dashes, with at least one letter)."""
    result, given = _mobyt_result(response), _inputs(case)
    sender, kind = given.get("sender"), given.get("message_type")
    if not isinstance(sender, str) or not sender:
        return False
    if result == f"Message type {kind} does not allow a custom sender: leave it empty":
        return kind != "N"
    if result == f"Invalid sender: {sender}" and kind == "N":
        numeric = re.fullmatch(r"\+?[0-9]{3,16}", sender) is not None
        alias = re.fullmatch(r"[A-Za-z0-9 .-]{1,11}", sender) is not None and any(c.isalpha() for c in sender)
        return not numeric and not alias
    return False


def _mobyt_impossible_numbers(case: Any, response: Any) -> bool:
    result = _mobyt_result(response)
    single = re.fullmatch(r"Invalid recipient(?:: (.*)|\.)", result)
    if single is not None:
        numbers = [single.group(1)] if single.group(1) is not None else [_inputs(case).get("phoneNumber")]
    elif result == "Some of the phone numbers specified were badly formatted" and isinstance(case.body, list):
        numbers = case.body
    else:
        return False
    return any(not _valid_number(n) for n in numbers)


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
        _easysendsms_text_outside_type,
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
        _easysendsms_schedule_not_ahead,
    ),
    # EzzySMS gives standard statuses its own meanings (seeds/001 error table; spec info.description): 402 is
    # "InvalidSenderId - The sender ID provided is invalid or not approved". Whether a sender is approved is
    # account state, and what makes one invalid is not stated, so a schema-valid `from` can get it.
    Excuse(
        "ezzysms",
        _EZZYSMS_SENDS,
        "positive_data_acceptance",
        "seeds/001: 402 = InvalidSenderId, 'the sender ID provided is invalid or not approved' (approval is "
        "account state, not schema)",
        _ezzysms_named(402),
    ),
    # The same table: 402 InvalidSenderId and 407 CouldNotRoute are EzzySMS's rejections of a bad request, with
    # statuses schemathesis does not expect from a rejection (it expects 400, 404, 406, 409, 422...).
    Excuse(
        "ezzysms",
        _EZZYSMS_SENDS,
        "negative_data_rejection",
        "seeds/001: EzzySMS rejects with its own statuses, 402 = InvalidSenderId and 407 = CouldNotRoute",
        _ezzysms_named(402, 407),
    ),
    # seeds/001: `message` is "max 160 characters for single SMS"; no 4xx of the error table is about the
    # text, and "502 RejectedByGateway - Message rejected by the gateway" is the documented refusal (the spec
    # reads it as an explicit refusal, retry "no"). A text that is not one SMS is therefore refused with a 5xx.
    Excuse(
        "ezzysms",
        _EZZYSMS_SENDS,
        "not_a_server_error",
        "seeds/001: a message must be one SMS (160 characters); the documented refusal is 502 RejectedByGateway, "
        "the error table has no 4xx about the text",
        _ezzysms_text_not_one_sms,
    ),
    # Easify's send: "message: required when media is absent" (and media when message is absent), Laravel's
    # `required_without`, answered 422; an either-or the schema does not state (no oneOf, see CONVENTIONS).
    Excuse(
        "easify",
        ("sendSms",),
        "positive_data_acceptance",
        "seeds/002: `message` is required when `media` is absent and the reverse (422, Laravel required_without)",
        _easify_message_or_media,
    ),
    # Easify's lists are Laravel paginators ("Pagination: Laravel style ... query `limit` (per page) and `page`",
    # providers/easysendsms-easify-ezzysms.md; `limit` "(int, optional)", B2 / B5), and phone-numbers and templates
    # document no validation error at all. Laravel's paginator reads a `page` that is no integer as page 1
    # (Paginator::resolveCurrentPage), and a `limit` that is no integer is ignored as one below 1 is (spec
    # parameter descriptions): the documented type is integer, so the schema keeps it, and schemathesis' negative
    # cases (`page=null`, `limit=0.5`) get the list they would get without the parameter, not a refusal.
    Excuse(
        "easify",
        ("listPhoneNumbers", "listSmsTemplates"),
        "negative_data_rejection",
        "providers/easysendsms-easify-ezzysms.md: Laravel paginators with no documented validation error; a `page` "
        "or `limit` that is no integer is read as absent (page 1, no / default limit)",
        _easify_lenient_paging,
    ),
    # Easify's report: "`receiver` and `country_code` filter together: give both or neither", and "the range
    # `from_date`..`to_date` may span at most 30 days" (spec getSmsReport, with the documented 422 texts):
    # relations between two query parameters, which OpenAPI cannot state.
    Excuse(
        "easify",
        ("getSmsReport",),
        "positive_data_acceptance",
        "seeds/002: `receiver` and `country_code` go together, and the date range spans at most 30 days (422)",
        _easify_report_rules,
    ),
    # Easify's send requires a body: its documented answer to a send without `from_number` is 422 "The
    # from_number is required." (seeds/002; spec sendSms, from_number_required). The spec nevertheless declares
    # the request body optional (`required: false`), only because openapi-python-client 0.29 cannot generate a
    # required body offered in two media types (JSON and multipart/form-data); so schemathesis treats a POST
    # with no body as schema-valid. Only that answer to a body-less request is excused.
    Excuse(
        "easify",
        ("sendSms",),
        "positive_data_acceptance",
        "seeds/002: a send without from_number is answered 422 'The from_number is required.'; the body is "
        "optional in the spec only because openapi-python-client 0.29 cannot generate a required body with two "
        "media types (JSON + multipart)",
        _easify_send_without_body,
    ),
    # Easify answers a `from_number` that is not one of the account's numbers with 400 "Selected from number is
    # invalid" (spec sendSms, invalid_from_number): account state. The documents' own example uses a masked
    # number ("+1320301****"), which no account owns.
    Excuse(
        "easify",
        ("sendSms",),
        "positive_data_acceptance",
        "seeds/002: a from_number the account does not own is answered 400 'Selected from number is invalid'",
        _easify_not_own_number,
    ),
    # Easify: 400 "Invalid phone number id" for an id that is not one of the account's numbers, and 400 "Failed to
    # fetch SMS Status" for an sms_id it never issued (spec, invalid_phone_number_id / invalid_sms_id): state.
    # Easify's send: 400 "InvalidRecipient!" (spec sendSms, invalid_recipient) for a `to_number` that is not a
    # number in its `country_code`; `to_number` is a free string in the schema.
    Excuse(
        "easify",
        ("sendSms",),
        "positive_data_acceptance",
        "seeds/002: a to_number that is no phone number of its country_code is answered 400 'InvalidRecipient!'",
        _easify_impossible_recipient,
    ),
    Excuse(
        "easify",
        ("updatePhoneNumberWebhook",),
        "positive_data_acceptance",
        "seeds/002: an id that is not one of the account's numbers is answered 400 'Invalid phone number id'",
        _easify_unknown_phone_number_id,
    ),
    Excuse(
        "easify",
        ("getSmsStatus",),
        "positive_data_acceptance",
        "seeds/002: an sms_id the account never got is answered 400 'Failed to fetch SMS Status'",
        _easify_unknown_sms_id,
    ),
    # Easify campaigns (spec sendSmsCampaign): messages go out "from the listed account numbers using the listed
    # approved templates", the file is a "CSV of recipients", `schedule_time` is `YYYY-MM-DD HH:MM:SS` in the
    # "IANA time zone" `schedule_timezone`. Numbers and templates the account lacks, a binary file, impossible
    # dates and unknown zones are schema-valid; Laravel answers 422.
    Excuse(
        "easify",
        ("sendSmsCampaign",),
        "positive_data_acceptance",
        "seeds/002: campaign numbers and templates must be the account's own, the file a CSV, and schedule_time "
        "a real time (422); none of that is expressible in the schema",
        _easify_campaign_rules,
    ),
    # TransmitSMS's error table (source document; spec root x-smskit-errors) answers a key that names no resource
    # with HTTP 400 NOT_FOUND and a key that exists already with 400 KEY_EXISTS, where schemathesis expects 404
    # and 409. Ids and names are schema-valid whatever the account holds.
    Excuse(
        "transmitsms",
        (EVERY_OPERATION,),
        "positive_data_acceptance",
        "providers/transmitsms.md error table: an unknown key is 400 NOT_FOUND, an existing one 400 KEY_EXISTS",
        _transmitsms_codes("NOT_FOUND", "KEY_EXISTS"),
    ),
    # TransmitSMS get-number / lease-number: "This number is not leased to you." and "This number is not
    # available for lease." (FIELD_INVALID, 400, the operations' own error tables): state of the number pool.
    # The keyword calls take a "Leased virtual number the keyword lives on" (spec add-keyword / edit-keyword) and
    # answer another number the same way (the text is documented on get-number only; see the report).
    Excuse(
        "transmitsms",
        ("getNumber", "getNumberGet", "addKeyword", "addKeywordGet", "editKeyword", "editKeywordGet"),
        "positive_data_acceptance",
        "providers/transmitsms.md get-number: a number the account does not lease is 400 FIELD_INVALID",
        _transmitsms_text("FIELD_INVALID", "This number is not leased to you."),
    ),
    Excuse(
        "transmitsms",
        ("leaseNumber", "leaseNumberGet"),
        "positive_data_acceptance",
        "providers/transmitsms.md lease-number: a number that is not free is 400 FIELD_INVALID",
        _transmitsms_text("FIELD_INVALID", "This number is not available for lease."),
    ),
    # TransmitSMS cancel-sms "Cancels a message that has not been sent yet", and answers ALREADY_SENT "This message
    # is already sent or can not be cancelled" (400, its own error table) once it has gone out: the state of the
    # message, which an `id` in the schema cannot show (the stateful phase and the fuzzer both reach sent ones).
    Excuse(
        "transmitsms",
        ("cancelSms", "cancelSmsGet"),
        "positive_data_acceptance",
        "providers/transmitsms.md cancel-sms: a message that is already sent is 400 ALREADY_SENT",
        _transmitsms_not_scheduled,
    ),
    # TransmitSMS send-sms: "exactly one of the two [to, list_id] must be given" (spec sendSms description);
    # an either-or the schema does not state (no oneOf, see CONVENTIONS).
    Excuse(
        "transmitsms",
        ("sendSms", "sendSmsGet"),
        "positive_data_acceptance",
        "providers/transmitsms.md send-sms: exactly one of `to` and `list_id` (400 FIELD_INVALID otherwise)",
        _transmitsms_to_or_list,
    ),
    # TransmitSMS add-to-list: BAD_MOBILE "The mobile provided is invalid" and BAD_MOBILE_COUNTRY (spec addToList's
    # own table) for an msisdn, a free string in the schema, that is no valid number.
    Excuse(
        "transmitsms",
        ("addToList", "addToListGet", "deleteFromList", "deleteFromListGet", "optoutListMember", "optoutListMemberGet"),
        "positive_data_acceptance",
        "providers/transmitsms.md add-to-list: an msisdn that is no valid number is 400 BAD_MOBILE(_COUNTRY)",
        _transmitsms_impossible_mobile,
    ),
    # TransmitSMS get-sms-responses: replies are selected "by message, keyword identifier, or keyword name plus
    # virtual number (one of the three is required)" (spec getSmsResponses): otherwise 400 FIELD_INVALID.
    Excuse(
        "transmitsms",
        ("getSmsResponses", "getSmsResponsesGet"),
        "positive_data_acceptance",
        "providers/transmitsms.md get-sms-responses: message_id, keyword_id or keyword + number (400 FIELD_INVALID)",
        _transmitsms_reply_selector,
    ),
    # TransmitSMS send-sms: "Numbers that fail validation are dropped silently; the call fails only when none is
    # left" (spec sendSms), with RECIPIENTS_ERROR "No valid recipients left after validation." (its table).
    Excuse(
        "transmitsms",
        ("sendSms", "sendSmsGet"),
        "positive_data_acceptance",
        "providers/transmitsms.md send-sms: no valid number left in `to` is 400 RECIPIENTS_ERROR",
        _transmitsms_no_valid_recipient,
    ),
    # TransmitSMS `from`: "a leased virtual number ... or an approved alphanumeric sender" (spec send-sms), and
    # BAD_CALLER_ID "The sender ID you have set is not valid or number is inactive or expired" (root table):
    # which numbers the account leases is state.
    Excuse(
        "transmitsms",
        ("sendSms", "sendSmsGet"),
        "positive_data_acceptance",
        "providers/transmitsms.md: a numeric `from` the account does not lease (active) is 400 BAD_CALLER_ID",
        _transmitsms_sender_not_leased,
    ),
    # TransmitSMS answers a malformed field with 400 FIELD_INVALID (root error table). Two cases the schema cannot
    # catch: dates that match `\d{4}-\d{2}-\d{2}...` but do not exist, and a countrycode, "ISO 3166 alpha-2 code
    # or country name", that is neither.
    Excuse(
        "transmitsms",
        (EVERY_OPERATION,),
        "positive_data_acceptance",
        "providers/transmitsms.md: FIELD_INVALID for an impossible date or an unknown country (not expressible)",
        _transmitsms_unreal_field,
    ),
    # TransmitSMS add-client: `timezone` is an "IANA time zone, e.g. `Australia/Sydney`" (spec AddClientRequest;
    # providers/transmitsms.md client fields); a name that is no zone is a malformed field, 400 FIELD_INVALID (root
    # error table). The schema has no list of zones.
    Excuse(
        "transmitsms",
        ("addClient", "addClientGet"),
        "positive_data_acceptance",
        "providers/transmitsms.md add-client: a timezone that is no IANA zone is 400 FIELD_INVALID",
        _transmitsms_unknown_zone,
    ),
    # TransmitSMS add-client: `msisdn` is the "Client phone number" (a free string in the schema: documented as a
    # string, recorded as an integer); one that is no phone number is a malformed field, 400 FIELD_INVALID.
    Excuse(
        "transmitsms",
        ("addClient", "addClientGet"),
        "positive_data_acceptance",
        "providers/transmitsms.md add-client: an msisdn that is no phone number (digits) is 400 FIELD_INVALID",
        _transmitsms_client_msisdn,
    ),
    # TransmitSMS add-client: `fixed_top_up_amount` is required "when payment_method = fixed" (providers/
    # transmitsms.md add-client fields); a requirement on one field that depends on another's value, which the
    # GET form's separate query parameters cannot state. Missing, it is 400 FIELD_EMPTY (root error table).
    Excuse(
        "transmitsms",
        ("addClient", "addClientGet"),
        "positive_data_acceptance",
        "providers/transmitsms.md add-client: payment_method=fixed needs fixed_top_up_amount (400 FIELD_EMPTY)",
        _transmitsms_fixed_top_up,
    ),
    # Mobyt send calls: "A landing page link (`id_landing`) needs the placeholder `%PAGESLINK____________%` in the
    # text, and a short link (`short_link_url`) needs `%SHORT_LINK%`" (spec sendSms description): 400.
    Excuse(
        "mobyt",
        _MOBYT_SENDS,
        "positive_data_acceptance",
        "providers/mobyt.md: id_landing needs %PAGESLINK____________% and short_link_url %SHORT_LINK% in the text",
        _mobyt_placeholder,
    ),
    # Mobyt: 400 for "an error in the from, to or timezone date format" (spec getSmsHistory / listBlacklist);
    # the patterns accept digits that are no date (month 00, 30 February...).
    Excuse(
        "mobyt",
        ("getSmsHistory", "listBlacklist", *_MOBYT_SENDS),
        "positive_data_acceptance",
        "providers/mobyt.md: a date that is no real date is answered 400 (patterns check digits only)",
        _mobyt_unreal_date,
    ),
    # Mobyt: `timezone` is an "IANA time zone" and a bad one is "an error in the from, to or timezone date
    # format" (spec getSmsHistory, 400); the schema has no list of zones. Unknown groups "answer 400" (spec
    # sendSmsToGroups): the account's groups are state.
    Excuse(
        "mobyt",
        ("getSmsHistory", "listBlacklist", *_MOBYT_SENDS),
        "positive_data_acceptance",
        "providers/mobyt.md: a timezone that is no IANA zone is answered 400",
        _mobyt_unknown_zone,
    ),
    Excuse(
        "mobyt",
        ("sendSmsToGroups",),
        "positive_data_acceptance",
        "providers/mobyt.md smstogroups: unknown group names are answered 400",
        _mobyt_unknown_groups,
    ),
    # Mobyt send calls: `encoding` is "`gsm` (default) | `ucs2` (use ucs2 for non-GSM characters)", and the text
    # is "max 1000 chars with `gsm`, 450 with `ucs2`" (providers/mobyt.md, send parameters; spec `Encoding`,
    # `message`, and for /paramsms "the 1000-character limit applies to each text after substitution"); other
    # errors are the documented 400 "details are in the body". Which characters a text holds under which encoding,
    # and a bound that depends on another field or on substitution, are rules the schema cannot state
    # (`maxLength: 1000` is the gsm bound), so schemathesis sends non-GSM text without `encoding: ucs2`.
    Excuse(
        "mobyt",
        _MOBYT_SENDS,
        "positive_data_acceptance",
        "providers/mobyt.md: encoding gsm (default) cannot carry non-GSM characters (use ucs2), and texts are at "
        "most 1000 gsm / 450 ucs2 characters after substitution (400)",
        _mobyt_text_outside_encoding,
    ),
    # Mobyt `sender`: "alias/TPOA or number ... **must be empty** if the type does not allow a custom sender.
    # Alphanumeric aliases must be pre-registered and approved (AGCOM); only on high-quality type" (N, "the only
    # type allowing custom alphanumeric sender"; providers/mobyt.md, send parameters; spec `sender`), answered with
    # the documented 400 "details are in the body". A rule across two fields, and registration is account state: an
    # alias that is no TPOA at all (more than 11 characters, or not letters and digits) can never be registered.
    Excuse(
        "mobyt",
        _MOBYT_SENDS,
        "positive_data_acceptance",
        "providers/mobyt.md: `sender` must be empty on types L / LL, and on N be a number or a registered alias "
        "(TPOA) (400)",
        _mobyt_sender_refused,
    ),
    # Mobyt: numbers "in international format" (`+<country><number>`); a recipient that is no valid phone number
    # is answered 400 "Invalid recipient." / "Some of the phone numbers specified were badly formatted" (spec
    # addToBlacklist / addToBlacklistBatch; sendSms without allowInvalidRecipients). The patterns admit any digits.
    Excuse(
        "mobyt",
        ("addToBlacklist", "addToBlacklistBatch", *_MOBYT_SENDS),
        "positive_data_acceptance",
        "providers/mobyt.md: a number that is no valid phone number is answered 400 'Invalid recipient'",
        _mobyt_impossible_numbers,
    ),
)


def excuse_for(provider: str | None, failure: Any, case: Any, response: Any) -> str | None:
    """The reason a failure is a documented false positive, or None when it is a real failure."""
    checks = getattr(failure, "checks", ())
    operation = case.operation.definition.raw.get("operationId")
    for excuse in EXCUSES:
        named = EVERY_OPERATION in excuse.operations or operation in excuse.operations
        if excuse.provider == provider and named and excuse.check in checks and excuse.applies(case, response):
            return excuse.reason
    return None
