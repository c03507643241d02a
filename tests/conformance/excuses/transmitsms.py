"""TransmitSMS (providers/transmitsms.md): 400 with an error constant for state and for rules across fields."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import phonenumbers

from tests.conformance.excuses.base import EVERY_OPERATION, Excuse, Predicate, field, inputs
from tests.conformance.excuses.generic import real_moment, unknown_zone
from tests.conformance.simctl import simulator_of

__all__ = ["EXCUSES"]

_DATES = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d")  # the documented date formats, with and without a time
_MSISDN_DIGITS = 18  # the longest client msisdn the add-client check takes (digits, without `+` or `00`)


# --- reading TransmitSMS's answers ------------------------------------------------------------------------------
def _error(response: Any) -> tuple[Any, Any]:
    return field(response, "error", "code"), field(response, "error", "description")


def _refused(response: Any, *codes: str) -> bool:
    return response.status_code == 400 and _error(response)[0] in codes


def _codes(*codes: str) -> Predicate:
    def applies(case: Any, response: Any) -> bool:
        return _refused(response, *codes)

    return applies


def _text(code: str, text: str) -> Predicate:
    def applies(case: Any, response: Any) -> bool:
        return response.status_code == 400 and _error(response) == (code, text)

    return applies


def _region(given: dict[str, Any]) -> str | None:
    """`countrycode` as a `phonenumbers` region, when it is one (a country name is not)."""
    region = str(given.get("countrycode", "")).upper()
    return region if region in phonenumbers.SUPPORTED_REGIONS else None


# --- predicates -------------------------------------------------------------------------------------------------
def _to_or_list(case: Any, response: Any) -> bool:
    code, text = _error(response)
    given = inputs(case)
    one_given = bool(given.get("to")) != (given.get("list_id") is not None)
    return code == "FIELD_INVALID" and text == "You must provide either 'list_id' or 'to'" and not one_given


def _impossible_mobile(case: Any, response: Any) -> bool:
    """BAD_MOBILE / BAD_MOBILE_COUNTRY for an msisdn that is no phone number (of `countrycode`, when given)."""
    if not _refused(response, "BAD_MOBILE", "BAD_MOBILE_COUNTRY"):
        return False
    given = inputs(case)
    try:
        number = phonenumbers.parse(str(given.get("msisdn", "")), _region(given))
    except phonenumbers.NumberParseException:
        return True
    return not phonenumbers.is_valid_number(number)


def _no_valid_recipient(case: Any, response: Any) -> bool:
    """RECIPIENTS_ERROR when none of the `to` numbers is a valid number (international, or of `countrycode`)."""
    if not _refused(response, "RECIPIENTS_ERROR"):
        return False
    given = inputs(case)
    region = _region(given)
    for raw in str(given.get("to", "")).split(","):
        for text, in_region in (("+" + raw.strip().removeprefix("+"), None), (raw, region)):
            try:
                if phonenumbers.is_valid_number(phonenumbers.parse(text, in_region)):
                    return False
            except phonenumbers.NumberParseException:
                continue
    return True


def _not_scheduled(case: Any, response: Any) -> bool:
    """ALREADY_SENT for a message of the account that has a recipient no longer waiting for its scheduled time."""
    if not _refused(response, "ALREADY_SENT"):
        return False
    stored = simulator_of(case, response).request("GET", "/_sim/messages", params={"provider": "transmitsms"}).json()
    mine = [m for m in stored.get("messages", []) if m.get("group") == str(inputs(case).get("id"))]
    return bool(mine) and any(m.get("status") != "scheduled" for m in mine)


def _reply_selector(case: Any, response: Any) -> bool:
    """FIELD_INVALID when replies are selected by none of message / keyword id / keyword, or by a keyword alone."""
    code, text = _error(response)
    given = {k: v for k, v in inputs(case).items() if v is not None}
    if code != "FIELD_INVALID":
        return False
    if text == "You must provide either 'message_id', 'keyword_id' or 'keyword'":
        return not {k for k in ("message_id", "keyword_id", "keyword") if given.get(k) not in (None, "")}
    alone = "keyword" in given and "number" not in given
    return text == "If you provide 'keyword', you must provide 'number'" and alone


def _sender_not_leased(case: Any, response: Any) -> bool:
    """BAD_CALLER_ID for a numeric `from` that is not an active number the account leases."""
    sender = str(inputs(case).get("from", "")).removeprefix("+")
    if not _refused(response, "BAD_CALLER_ID") or not sender.isdigit():
        return False
    auth = response.request.headers.get("Authorization", "")
    answer = simulator_of(case, response).request(
        "GET", "/transmitsms/get-numbers.json", params={"max": 100}, headers={"Authorization": auth}
    )
    numbers = answer.json().get("numbers", []) if answer.status_code == 200 else []
    active = {str(n.get("number")) for n in numbers if n.get("status") == "active"}
    return sender not in active


def _unreal_field(case: Any, response: Any) -> bool:
    """FIELD_INVALID for a date that matches the pattern but is no real date, or a countrycode that is no ISO
    3166 alpha-2 code (the alternative, a country name, can only be checked against the provider's list)."""
    code, text = _error(response)
    found = re.search(r'Field "(\w+)" has invalid (?:format|value)', str(text))
    if response.status_code != 400 or code != "FIELD_INVALID" or found is None:
        return False
    name, value = found.group(1), inputs(case).get(found.group(1))
    if name == "countrycode":
        return str(value).upper() not in phonenumbers.SUPPORTED_REGIONS
    dated = isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}( \d{2}:\d{2}:\d{2})?", value) is not None
    return dated and not real_moment(value, _DATES)


def _unknown_zone(case: Any, response: Any) -> bool:
    """FIELD_INVALID 'Field "timezone" is not a known time zone' for a `timezone` that is no IANA zone."""
    unknown = ("FIELD_INVALID", 'Field "timezone" is not a known time zone')
    if response.status_code != 400 or _error(response) != unknown:
        return False
    return unknown_zone(inputs(case).get("timezone"))


def _client_msisdn(case: Any, response: Any) -> bool:
    """FIELD_INVALID for a client `msisdn` that is no phone number: not digits once the separators people write
    (spaces, brackets, dots, dashes, slashes, a leading `+` or `00`) are taken out, or too many of them."""
    if response.status_code != 400 or _error(response) != ("FIELD_INVALID", 'Field "msisdn" has invalid format'):
        return False
    digits = re.sub(r"[\s().\-/]", "", str(inputs(case).get("msisdn", ""))).removeprefix("+")
    return not (digits.isascii() and digits.isdigit()) or len(digits.removeprefix("00")) > _MSISDN_DIGITS


def _list_or_name(case: Any, response: Any) -> bool:
    """FIELD_INVALID when an import names neither its list (`list_id`) nor a new one (`name`), or both."""
    if not _refused(response, "FIELD_INVALID") or _error(response)[1] != "You must provide either 'list_id' or 'name'":
        return False
    given = {k: v for k, v in inputs(case).items() if v is not None}
    return ("list_id" in given) == ("name" in given)


def _no_field_named(case: Any, response: Any) -> bool:
    """MISSING_PARAM for add-field-to-list without any `field_n` (at least one is documented as required)."""
    given = {k for k, v in inputs(case).items() if v is not None}
    return _refused(response, "MISSING_PARAM") and not any(re.fullmatch(r"field_\d+", k) for k in given)


def _span_over(days: int) -> Predicate:
    """FIELD_INVALID for a `start` / `end` window more than `days` calendar days long (documented limit)."""

    def applies(case: Any, response: Any) -> bool:
        code, text = _error(response)
        if response.status_code != 400 or code != "FIELD_INVALID" or "must be within" not in str(text):
            return False
        given = inputs(case)
        try:
            start = dt.date.fromisoformat(str(given.get("start", ""))[:10])
            end = dt.date.fromisoformat(str(given.get("end", ""))[:10]) if "end" in given else None
        except ValueError:
            return False
        return end is None or (end - start).days > days

    return applies


def _fixed_top_up(case: Any, response: Any) -> bool:
    """FIELD_EMPTY for a client paying by fixed top-ups (`payment_method=fixed`) without the top-up amount."""
    empty = ("FIELD_EMPTY", "Required field 'fixed_top_up_amount' is empty")
    if response.status_code != 400 or _error(response) != empty:
        return False
    given = inputs(case)
    return str(given.get("payment_method")) == "fixed" and "fixed_top_up_amount" not in given


EXCUSES: tuple[Excuse, ...] = (
    # TransmitSMS add-contacts-bulk: `list_id` is required "if name is not set" and `name` "if list_id not set"
    # (the reference's table); an either-or the schema does not state. Neither or both: 400 FIELD_INVALID.
    Excuse(
        "transmitsms",
        ("addContactsBulk", "addContactsBulkGet"),
        "positive_data_acceptance",
        "TransmitSMS reference add-contacts-bulk: exactly one of `list_id` and `name` (400 FIELD_INVALID otherwise)",
        _list_or_name,
    ),
    # TransmitSMS add-field-to-list: `field_n` is required "YES (at least 1)" (the reference's table), answered
    # MISSING_PARAM "Field parameter is missing (eg. field_n)" (its own table): at least one of ten fields.
    Excuse(
        "transmitsms",
        ("addFieldToList", "addFieldToListGet"),
        "positive_data_acceptance",
        "TransmitSMS reference add-field-to-list: at least one field_n (400 MISSING_PARAM)",
        _no_field_named,
    ),
    # TransmitSMS get-sms-sent-count: "start and end date must be within 7 days"; get-message-report: "within 30
    # days" (the reference's tables): a rule across two fields, answered 400 FIELD_INVALID (root table).
    Excuse(
        "transmitsms",
        ("getSmsSentCount", "getSmsSentCountGet"),
        "positive_data_acceptance",
        "TransmitSMS reference get-sms-sent-count: start and end within 7 days (400 FIELD_INVALID)",
        _span_over(7),
    ),
    Excuse(
        "transmitsms",
        ("getMessageReport", "getMessageReportGet"),
        "positive_data_acceptance",
        "TransmitSMS reference get-message-report: start and end within 30 days (400 FIELD_INVALID)",
        _span_over(30),
    ),
    # TransmitSMS's error table (source document; spec root x-smskit-errors) answers a key that names no resource
    # with HTTP 400 NOT_FOUND and a key that exists already with 400 KEY_EXISTS, where schemathesis expects 404
    # and 409. Ids and names are schema-valid whatever the account holds.
    Excuse(
        "transmitsms",
        (EVERY_OPERATION,),
        "positive_data_acceptance",
        "providers/transmitsms.md error table: an unknown key is 400 NOT_FOUND, an existing one 400 KEY_EXISTS",
        _codes("NOT_FOUND", "KEY_EXISTS"),
    ),
    # TransmitSMS get-number / lease-number: "This number is not leased to you." and "This number is not
    # available for lease." (FIELD_INVALID, 400, the operations' own error tables): state of the number pool.
    # The keyword calls take a "Leased virtual number the keyword lives on" (spec add-keyword / edit-keyword) and
    # answer another number the same way (the text is documented on get-number only; see the report).
    Excuse(
        "transmitsms",
        (
            "getNumber",
            "getNumberGet",
            "addKeyword",
            "addKeywordGet",
            "editKeyword",
            "editKeywordGet",
            "editNumberOptions",
            "editNumberOptionsGet",
            "addEmail",
            "addEmailGet",
        ),
        "positive_data_acceptance",
        "providers/transmitsms.md get-number: a number the account does not lease is 400 FIELD_INVALID",
        _text("FIELD_INVALID", "This number is not leased to you."),
    ),
    Excuse(
        "transmitsms",
        ("leaseNumber", "leaseNumberGet"),
        "positive_data_acceptance",
        "providers/transmitsms.md lease-number: a number that is not free is 400 FIELD_INVALID",
        _text("FIELD_INVALID", "This number is not available for lease."),
    ),
    # TransmitSMS cancel-sms "Cancels a message that has not been sent yet", and answers ALREADY_SENT "This message
    # is already sent or can not be cancelled" (400, its own error table) once it has gone out: the state of the
    # message, which an `id` in the schema cannot show (the stateful phase and the fuzzer both reach sent ones).
    Excuse(
        "transmitsms",
        ("cancelSms", "cancelSmsGet"),
        "positive_data_acceptance",
        "providers/transmitsms.md cancel-sms: a message that is already sent is 400 ALREADY_SENT",
        _not_scheduled,
    ),
    # TransmitSMS send-sms: "exactly one of the two [to, list_id] must be given" (spec sendSms description);
    # an either-or the schema does not state (no oneOf, see CONVENTIONS).
    Excuse(
        "transmitsms",
        ("sendSms", "sendSmsGet"),
        "positive_data_acceptance",
        "providers/transmitsms.md send-sms: exactly one of `to` and `list_id` (400 FIELD_INVALID otherwise)",
        _to_or_list,
    ),
    # TransmitSMS add-to-list: BAD_MOBILE "The mobile provided is invalid" and BAD_MOBILE_COUNTRY (spec addToList's
    # own table) for an msisdn, a free string in the schema, that is no valid number.
    Excuse(
        "transmitsms",
        (
            "addToList",
            "addToListGet",
            "deleteFromList",
            "deleteFromListGet",
            "optoutListMember",
            "optoutListMemberGet",
            "editListMember",
            "editListMemberGet",
        ),
        "positive_data_acceptance",
        "providers/transmitsms.md add-to-list: an msisdn that is no valid number is 400 BAD_MOBILE(_COUNTRY)",
        _impossible_mobile,
    ),
    # TransmitSMS get-sms-responses: replies are selected "by message, keyword identifier, or keyword name plus
    # virtual number (one of the three is required)" (spec getSmsResponses): otherwise 400 FIELD_INVALID.
    Excuse(
        "transmitsms",
        ("getSmsResponses", "getSmsResponsesGet"),
        "positive_data_acceptance",
        "providers/transmitsms.md get-sms-responses: message_id, keyword_id or keyword + number (400 FIELD_INVALID)",
        _reply_selector,
    ),
    # TransmitSMS send-sms: "Numbers that fail validation are dropped silently; the call fails only when none is
    # left" (spec sendSms), with RECIPIENTS_ERROR "No valid recipients left after validation." (its table).
    Excuse(
        "transmitsms",
        ("sendSms", "sendSmsGet"),
        "positive_data_acceptance",
        "providers/transmitsms.md send-sms: no valid number left in `to` is 400 RECIPIENTS_ERROR",
        _no_valid_recipient,
    ),
    # TransmitSMS `from`: "a leased virtual number ... or an approved alphanumeric sender" (spec send-sms), and
    # BAD_CALLER_ID "The sender ID you have set is not valid or number is inactive or expired" (root table):
    # which numbers the account leases is state.
    Excuse(
        "transmitsms",
        ("sendSms", "sendSmsGet"),
        "positive_data_acceptance",
        "providers/transmitsms.md: a numeric `from` the account does not lease (active) is 400 BAD_CALLER_ID",
        _sender_not_leased,
    ),
    # TransmitSMS answers a malformed field with 400 FIELD_INVALID (root error table). Two cases the schema cannot
    # catch: dates that match `\d{4}-\d{2}-\d{2}...` but do not exist, and a countrycode, "ISO 3166 alpha-2 code
    # or country name", that is neither.
    Excuse(
        "transmitsms",
        (EVERY_OPERATION,),
        "positive_data_acceptance",
        "providers/transmitsms.md: FIELD_INVALID for an impossible date or an unknown country (not expressible)",
        _unreal_field,
    ),
    # TransmitSMS add-client: `timezone` is an "IANA time zone, e.g. `Australia/Sydney`" (spec AddClientRequest;
    # providers/transmitsms.md client fields); a name that is no zone is a malformed field, 400 FIELD_INVALID (root
    # error table). The schema has no list of zones.
    Excuse(
        "transmitsms",
        ("addClient", "addClientGet"),
        "positive_data_acceptance",
        "providers/transmitsms.md add-client: a timezone that is no IANA zone is 400 FIELD_INVALID",
        _unknown_zone,
    ),
    # TransmitSMS add-client: `msisdn` is the "Client phone number" (a free string in the schema: documented as a
    # string, recorded as an integer); one that is no phone number is a malformed field, 400 FIELD_INVALID.
    Excuse(
        "transmitsms",
        ("addClient", "addClientGet"),
        "positive_data_acceptance",
        "providers/transmitsms.md add-client: an msisdn that is no phone number (digits) is 400 FIELD_INVALID",
        _client_msisdn,
    ),
    # TransmitSMS add-client: `fixed_top_up_amount` is required "when payment_method = fixed" (providers/
    # transmitsms.md add-client fields); a requirement on one field that depends on another's value, which the
    # GET form's separate query parameters cannot state. Missing, it is 400 FIELD_EMPTY (root error table).
    Excuse(
        "transmitsms",
        ("addClient", "addClientGet"),
        "positive_data_acceptance",
        "providers/transmitsms.md add-client: payment_method=fixed needs fixed_top_up_amount (400 FIELD_EMPTY)",
        _fixed_top_up,
    ),
)
