"""Every error the providers' documents list, written down here independently of the specs.

Each entry is (method, path, code, HTTP status). `code` is the provider's own code; for providers whose error
bodies carry no code (Easify, Mobyt) it is None and the entry is matched by status and `text`, a substring of
the documented message. A test checks that each one appears in the `x-smskit-errors` table of its operation.
"""

from __future__ import annotations

from typing import NamedTuple


class Documented(NamedTuple):
    method: str
    path: str
    code: int | str | None
    status: int
    text: str = ""


def _table(method: str, path: str, rows: dict[int | str, int]) -> list[Documented]:
    return [Documented(method, path, code, status) for code, status in rows.items()]


# seeds/000: each EasySendSMS endpoint has its own table; the same code means different things per endpoint.
_EASYSENDSMS_COMMON = {
    **{4001: 400, 4002: 401, 4003: 401, 4004: 403, 4005: 403},
    **{4006: 403, 4007: 403, 4008: 500, 4009: 503},
}
_EASYSENDSMS_SEND = {
    **_EASYSENDSMS_COMMON,
    **{4010: 400, 4011: 400, 4012: 400, 4013: 400, 4014: 400, 4015: 402, 4016: 400, 4017: 400, 405: 405, 415: 415},
}
_EASYSENDSMS_LOOKUP = {**_EASYSENDSMS_COMMON, 4010: 400, 4011: 500, 4012: 402, 405: 405, 415: 415}

EASYSENDSMS = [
    *_table("post", "/v1/rest/sms/send", _EASYSENDSMS_SEND),
    *_table("get", "/v1/rest/sms/balance", _EASYSENDSMS_COMMON),
    *_table("post", "/v1/rest/sms/balance", _EASYSENDSMS_COMMON),
    *_table("post", "/v1/rest/hlr/query", _EASYSENDSMS_LOOKUP),
    *_table("post", "/v1/rest/nv/query", _EASYSENDSMS_LOOKUP),
]

# seeds/001: the error code is the HTTP status, with the provider's own (non-standard) meaning.
EZZYSMS_CODES = (401, 402, 403, 404, 405, 406, 407, 409, 500, 501, 502)

# seeds/002: every documented answer of POST /sms/send, by status and message.
EASIFY = [
    Documented("post", "/sms/send", None, 401, "Unauthenticated"),
    Documented("post", "/sms/send", None, 422, "The from_number is required."),
    Documented("post", "/sms/send", None, 400, "Selected from number is invalid"),
    Documented("post", "/sms/send", None, 400, "InvalidRecipient!"),
    Documented("post", "/sms/send", None, 400, "this recipient is blacklisted!"),
    Documented("post", "/sms/send", None, 400, "you do not have enough credits"),
    Documented("post", "/sms/send", None, 422, "Currently, this service is only available in the following countries"),
    Documented("post", "/sms/send", None, 400, "The country code field is required."),
    Documented("post", "/sms/send", None, 429, "Too many requests. Try again in"),
    Documented("post", "/sms/send", None, 402, "You need to recharge your account to proceed"),
    Documented("post", "/sms/send", None, 403, "Please upgrade to the Enterprise plan."),
]

# seeds/003 (common table) and providers/transmitsms.md (method-specific codes).
TRANSMITSMS_COMMON = {
    "AUTH_FAILED_NO_DATA": 401,
    "AUTH_FAILED": 401,
    "NOT_IMPLEMENTED": 404,
    "OVER_LIMIT": 429,
    "FIELD_EMPTY": 400,
    "FIELD_INVALID": 400,
    "NO_ACCESS": 400,
    "KEY_EXISTS": 400,
    "NOT_FOUND": 400,
    "LEDGER_ERROR": 400,
    "BAD_CALLER_ID": 400,
}
TRANSMITSMS = [
    *_table("post", "/send-sms.json", {"RECIPIENTS_ERROR": 400, "LIST_EMPTY": 400, **TRANSMITSMS_COMMON}),
    *_table("post", "/cancel-sms.json", {"ALREADY_SENT": 400, "NOT_FOUND": 400}),
    *_table("post", "/add-list.json", {"MISSING_PARAM": 400}),
    *_table(
        "post",
        "/add-to-list.json",
        {"BAD_MOBILE": 400, "BAD_MOBILE_COUNTRY": 400, "OPTOUT": 400, "DUPLICATE_DELETED": 400, "KEY_EXISTS": 400},
    ),
    *_table("post", "/delete-from-list.json", {"NOT_FOUND": 400}),
    *_table("post", "/optout-list-member.json", {"NOT_FOUND": 400}),
    *_table("post", "/add-client.json", {"KEY_EXISTS": 400}),
]

# seeds/004 and providers/mobyt.md: status codes per operation; bodies carry no code.
MOBYT = [
    Documented("get", "/login", None, 404),
    Documented("get", "/login", None, 400),
    Documented("get", "/token", None, 404),
    Documented("post", "/sms", None, 400),
    Documented("post", "/sms", None, 401),
    Documented("post", "/sms", None, 404),
    Documented("get", "/sms/{order_id}", None, 400),
    Documented("get", "/sms/{order_id}", None, 401),
    Documented("get", "/sms/{order_id}", None, 404),
    Documented("delete", "/sms/{order_id}", None, 400),
    Documented("delete", "/sms/{order_id}", None, 401),
    Documented("delete", "/sms/{order_id}", None, 404),
    Documented("get", "/status", None, 401),
    Documented("get", "/smshistory", None, 400),
]

DOCUMENTED: dict[str, list[Documented]] = {
    "easysendsms": EASYSENDSMS,
    "easify": EASIFY,
    "transmitsms": TRANSMITSMS,
    "mobyt": MOBYT,
}
