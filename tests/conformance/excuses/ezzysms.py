"""EzzySMS (seeds/001): a provider that gives standard HTTP statuses its own meanings (402, 407, 502)."""

from __future__ import annotations

from typing import Any

from tests.conformance.excuses.base import Excuse, Predicate, field, inputs, operation_id
from tests.conformance.excuses.generic import text_rule, too_many_parts

__all__ = ["EXCUSES"]

_SENDS = ("sendMessage", "sendMessageByQuery")
_NAMES = {402: "InvalidSenderId", 407: "CouldNotRoute"}  # the error table's name for each of its statuses


def _named(*statuses: int) -> Predicate:
    def applies(case: Any, response: Any) -> bool:
        status = response.status_code
        return status in statuses and field(response, "message") == _NAMES.get(status)

    return applies


def _text_not_one_sms(case: Any, response: Any) -> bool:
    """502 RejectedByGateway for a `message` that is missing, empty, or more parts than the spec's `max_parts`."""
    if response.status_code != 502 or field(response, "message") != "RejectedByGateway":
        return False
    rule = text_rule("ezzysms", operation_id(case))
    text = inputs(case).get(rule.parameter)
    return not isinstance(text, str) or not text or too_many_parts(rule, text, None)


def _one_resource(case: Any, response: Any) -> bool:
    """A 405 naming both send methods: `/messaging` and `/messaging/` are one resource taking GET and POST."""
    header = response.headers.get("allow") or ""  # schemathesis keeps each header as a list of its values
    values = header if isinstance(header, list) else [header]
    allowed = {m.strip() for value in values for m in str(value).split(",")}
    return response.status_code == 405 and allowed == {"GET", "POST"}


EXCUSES: tuple[Excuse, ...] = (
    # EzzySMS gives standard statuses its own meanings (seeds/001 error table; spec info.description): 402 is
    # "InvalidSenderId - The sender ID provided is invalid or not approved". Whether a sender is approved is
    # account state, and what makes one invalid is not stated, so a schema-valid `from` can get it.
    Excuse(
        "ezzysms",
        _SENDS,
        "positive_data_acceptance",
        "seeds/001: 402 = InvalidSenderId, 'the sender ID provided is invalid or not approved' (approval is "
        "account state, not schema)",
        _named(402),
    ),
    # The same table: 402 InvalidSenderId and 407 CouldNotRoute are EzzySMS's rejections of a bad request, with
    # statuses schemathesis does not expect from a rejection (it expects 400, 404, 406, 409, 422...).
    Excuse(
        "ezzysms",
        _SENDS,
        "negative_data_rejection",
        "seeds/001: EzzySMS rejects with its own statuses, 402 = InvalidSenderId and 407 = CouldNotRoute",
        _named(402, 407),
    ),
    # seeds/001: `message` is "max 160 characters for single SMS" (spec `x-smskit-text.max_parts: 1`); no 4xx of
    # the error table is about the text, and "502 RejectedByGateway - Message rejected by the gateway" is the
    # documented refusal (the spec reads it as an explicit refusal, retry "no"). A text that is not one SMS is
    # therefore refused with a 5xx.
    Excuse(
        "ezzysms",
        _SENDS,
        "not_a_server_error",
        "seeds/001: a message must be one SMS (160 characters); the documented refusal is 502 RejectedByGateway, "
        "the error table has no 4xx about the text",
        _text_not_one_sms,
    ),
    # seeds/001 writes the send endpoint as `/api/v1/messaging/` (endpoint box, every POST sample) and as
    # `/api/v1/messaging?...` (the GET samples): one resource, both methods. The spec gives each method the spelling
    # its samples use (POST `/messaging/`, GET `/messaging`), so each path item lists one method, while the
    # simulator serves both at both spellings and its 405 names both in `Allow`.
    Excuse(
        "ezzysms",
        _SENDS,
        "allow_header_conformance",
        "seeds/001: `/messaging/` (POST samples) and `/messaging` (GET samples) are one resource taking GET and POST; "
        "the spec writes each method at its samples' spelling",
        _one_resource,
    ),
)
