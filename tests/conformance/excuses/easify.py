"""Easify (seeds/002): Laravel validation (422) of rules the schema cannot state, and account state (400)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from schemathesis.core import NOT_SET

from tests.conformance.excuses.base import Excuse, field, inputs, listed, operation_id
from tests.conformance.excuses.generic import query_default, real_moment, unknown_zone, valid_number
from tests.conformance.simctl import simulator_of

__all__ = ["EXCUSES"]

_REPORT_DAYS = 30  # the report's longest range (spec getSmsReport description; no schema keyword states it)


# --- reading Easify's answers and account ----------------------------------------------------------------------
def _laravel_errors(response: Any) -> dict[str, list[str]]:
    errors = field(response, "errors")
    return errors if response.status_code == 422 and isinstance(errors, dict) else {}


def _refused(response: Any, message: str) -> bool:
    return response.status_code == 400 and bool(field(response, "message") == message)


def _account(case: Any, response: Any, path: str) -> list[dict[str, Any]]:
    """`data` of one of the account's own lists (GET /phone-numbers, /sms/templates), as the request's caller."""
    auth = response.request.headers.get("Authorization", "")
    answer = simulator_of(case, response).request("GET", f"/easify/api/v2{path}", headers={"Authorization": auth})
    data = answer.json().get("data") if answer.status_code == 200 else None
    return data if isinstance(data, list) else []


def _national(number: Any) -> str:
    """The last ten digits: how a number compares with the account's, whatever prefix it was written with."""
    digits = re.sub(r"\D", "", str(number))
    return digits[-10:]


def _own_numbers(case: Any, response: Any) -> set[str]:
    return {_national(n.get("number")) for n in _account(case, response, "/phone-numbers")}


# --- send -------------------------------------------------------------------------------------------------------
def _message_or_media(case: Any, response: Any) -> bool:
    errors, given = _laravel_errors(response), inputs(case)
    return bool(errors) and set(errors) <= {"message", "media"} and not given.get("message") and not given.get("media")


def _send_without_body(case: Any, response: Any) -> bool:
    """The documented 422 "The from_number is required." for a send that carries no body at all."""
    errors = _laravel_errors(response)
    no_body = case.body is NOT_SET or case.body is None
    return no_body and "from_number" in errors and field(response, "message") == "The from_number is required."


def _not_own_number(case: Any, response: Any) -> bool:
    """400 "Selected from number is invalid" for a `from_number` that is not one of the account's numbers."""
    if not _refused(response, "Selected from number is invalid"):
        return False
    return _national(inputs(case).get("from_number")) not in _own_numbers(case, response)


def _impossible_recipient(case: Any, response: Any) -> bool:
    """400 "InvalidRecipient!" for a `to_number` that is no valid phone number in its `country_code`."""
    if not _refused(response, "InvalidRecipient!"):
        return False
    given = inputs(case)
    return not valid_number(f"{given.get('country_code', '')}{given.get('to_number', '')}")


# --- lookups by id ----------------------------------------------------------------------------------------------
def _unknown_phone_number_id(case: Any, response: Any) -> bool:
    if not _refused(response, "Invalid phone number id"):
        return False
    own = {n.get("id") for n in _account(case, response, "/phone-numbers")}
    return inputs(case).get("phone_number_id") not in own


def _unknown_sms_id(case: Any, response: Any) -> bool:
    if not _refused(response, "Failed to fetch SMS Status"):
        return False
    sent = simulator_of(case, response).request("GET", "/_sim/messages", params={"provider": "easify"}).json()
    return str(inputs(case).get("sms_id")) not in {m["id"] for m in sent.get("messages", [])}


# --- lists and report -------------------------------------------------------------------------------------------
def _integer(value: Any) -> bool:
    """Whether a query value reads as an integer (PHP's FILTER_VALIDATE_INT, as Laravel's paginator reads `page`)."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, str) and re.fullmatch(r"[+-]?\d+", value.strip()) is not None)


def _lenient_paging(case: Any, response: Any) -> bool:
    """200 for a `limit` / `page` that is no integer, read as absent: page 1, and for `limit` the spec's default
    page size, or the whole list where it states none. Only requests whose every other query value is an integer."""
    query = dict(case.query or {})
    if response.status_code != 200 or field(response, "status") is not True or set(query) - {"limit", "page"}:
        return False
    bad = {name for name, value in query.items() if not _integer(value)}
    if not bad:
        return False
    meta = field(response, "meta")
    if "page" in bad and isinstance(meta, dict) and meta.get("current_page") != 1:
        return False
    if "limit" in bad:
        default = query_default("easify", operation_id(case), "limit")
        if default is None:  # no page size: the whole list, unpaginated
            return bool(field(response, "links") == [])
        return isinstance(meta, dict) and meta.get("per_page") == default
    return True


def _report_rules(case: Any, response: Any) -> bool:
    """422 for `receiver` without `country_code` (or the reverse), or a date range that is reversed or too long.
    An empty value is no value (Laravel converts empty strings to null), so `receiver=` counts as absent."""
    errors, given = _laravel_errors(response), inputs(case)
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
            if first <= last <= first + dt.timedelta(days=_REPORT_DAYS):
                return False
        else:
            return False
    return True


# --- campaigns --------------------------------------------------------------------------------------------------
def _campaign_rules(case: Any, response: Any) -> bool:
    """422 naming only: numbers the account does not own, templates it does not have, a recipients file that is
    no text (CSV), a `schedule_time` that is no real date-time, or a `schedule_timezone` that is no IANA zone."""
    errors, given = _laravel_errors(response), inputs(case)
    if not errors:
        return False
    for name, texts in errors.items():
        if name == "from_numbers":
            own = _own_numbers(case, response)
            if all(_national(v) in own for v in listed(given.get("from_numbers"))):
                return False
        elif name == "template_ids":
            known = {t.get("id") for t in _account(case, response, "/sms/templates?limit=100")}
            if all(v in known for v in listed(given.get("template_ids"))):
                return False
        elif name == "recipients_file":
            upload = getattr(given.get("recipients_file"), "data", given.get("recipients_file"))  # schemathesis Binary
            if not all("must be a file of type: csv, txt" in t for t in texts) or not isinstance(upload, bytes):
                return False
            try:
                upload.decode("utf-8")
            except UnicodeDecodeError:  # binary: no CSV, the documented refusal
                continue
            return False
        elif name == "schedule_time":
            if real_moment(given.get("schedule_time"), ("%Y-%m-%d %H:%M:%S",)):
                return False
        elif name == "schedule_timezone":
            if not unknown_zone(given.get("schedule_timezone")):
                return False
        else:
            return False
    return True


EXCUSES: tuple[Excuse, ...] = (
    # Easify's send: "message: required when media is absent" (and media when message is absent), Laravel's
    # `required_without`, answered 422; an either-or the schema does not state (no oneOf, see CONVENTIONS).
    Excuse(
        "easify",
        ("sendSms",),
        "positive_data_acceptance",
        "seeds/002: `message` is required when `media` is absent and the reverse (422, Laravel required_without)",
        _message_or_media,
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
        _lenient_paging,
    ),
    # Easify's report: "`receiver` and `country_code` filter together: give both or neither", and "the range
    # `from_date`..`to_date` may span at most 30 days" (spec getSmsReport, with the documented 422 texts):
    # relations between two query parameters, which OpenAPI cannot state.
    Excuse(
        "easify",
        ("getSmsReport",),
        "positive_data_acceptance",
        "seeds/002: `receiver` and `country_code` go together, and the date range spans at most 30 days (422)",
        _report_rules,
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
        _send_without_body,
    ),
    # Easify answers a `from_number` that is not one of the account's numbers with 400 "Selected from number is
    # invalid" (spec sendSms, invalid_from_number): account state. The documents' own example uses a masked
    # number ("+1320301****"), which no account owns.
    Excuse(
        "easify",
        ("sendSms",),
        "positive_data_acceptance",
        "seeds/002: a from_number the account does not own is answered 400 'Selected from number is invalid'",
        _not_own_number,
    ),
    # Easify's send: 400 "InvalidRecipient!" (spec sendSms, invalid_recipient) for a `to_number` that is not a
    # number in its `country_code`; `to_number` is a free string in the schema.
    Excuse(
        "easify",
        ("sendSms",),
        "positive_data_acceptance",
        "seeds/002: a to_number that is no phone number of its country_code is answered 400 'InvalidRecipient!'",
        _impossible_recipient,
    ),
    # Easify: 400 "Invalid phone number id" for an id that is not one of the account's numbers, and 400 "Failed to
    # fetch SMS Status" for an sms_id it never issued (spec, invalid_phone_number_id / invalid_sms_id): state.
    Excuse(
        "easify",
        ("updatePhoneNumberWebhook",),
        "positive_data_acceptance",
        "seeds/002: an id that is not one of the account's numbers is answered 400 'Invalid phone number id'",
        _unknown_phone_number_id,
    ),
    Excuse(
        "easify",
        ("getSmsStatus",),
        "positive_data_acceptance",
        "seeds/002: an sms_id the account never got is answered 400 'Failed to fetch SMS Status'",
        _unknown_sms_id,
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
        _campaign_rules,
    ),
)
