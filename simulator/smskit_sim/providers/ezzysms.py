"""EzzySMS API v1 (seeds/001, providers/easysendsms-easify-ezzysms.md (c)): send (JSON POST or query GET), balance.

Rules as documented, and the readings this module takes where the documents are silent:

- Paths `/api/v1/messaging` and `/api/v1/balance`, each also with a trailing slash (the documents show both).
  `/messaging` takes POST (`sendMessage`, JSON body, read as JSON whatever its Content-Type) and GET
  (`sendMessageByQuery`, query string); `/balance` takes GET (and HEAD). Any other method gets a bare
  `405 Method Not Allowed` with `Allow`, as the web server in front would answer: the provider's own 405 means
  InsufficientBalance and is kept for that.
- Credentials: HTTP Basic, or `username` / `password` in the JSON body (POST), or in the query string (any
  operation). Every place that carries credentials is checked, and all must name the same account: missing,
  wrong, incomplete (one of the pair, or empty) or conflicting credentials, or a disabled account (control API
  `active: false`), answer 401 Unauthorized, "Missing or Invalid Logins Details".
- Every error is `{"status": "error", "error_code": <HTTP status>, "message": <Name>, "details": <text>}`.
- A send is checked in this order, and the first broken rule answers:
  1. `to` missing, empty or not `+digits` / `digits` comma-separated: 403 InvalidPhoneNumber. A POST body that is
     not JSON or not a JSON object has no readable `to` and is answered the same way (the provider documents no
     400); unknown body fields are ignored.
  2. `from` (optional, the account's default sender otherwise) not a sender ID: 402 InvalidSenderId. A sender is
     up to 11 letters, digits and spaces (not blank), or a number of at most
     15 digits with an optional `+`; with the account setting `approved_senders`, it must also be one of those.
  3. `message` missing, empty, or longer than one SMS (160 GSM-7 characters, extension characters counting twice;
     70 UTF-16 units once any character needs UCS-2): 502 RejectedByGateway, "Message rejected by the gateway".
     No 4xx of the provider is about the text, and the documents send one SMS per request (no concatenation).
  4. Each recipient, duplicates (after reading) ignored: E.164 numbers (`+` or `00`) need 8-15 digits and a known
     country code; national numbers are read with `phonenumbers` in the account's region (setting
     `default_region`, default `UG`, as the documents' `07...` numbers) and must be valid there; otherwise 403.
     Then the test numbers (smskit_sim.numbers) and the number's type: 404 UnsupportedNumberType for `...9998`
     and for numbers `phonenumbers` types as landline, toll-free, premium, shared-cost, UAN, voicemail or pager;
     406 UserInBlacklist for `...9990` and the numbers of the account setting `blacklist`; 409
     DoNotDisturbRejection for `...9991`; 407 CouldNotRoute for `...9992`.
  5. Balance for every recipient (setting `sms_cost` per SMS, default 40 as the documented `cost`): else 405
     InsufficientBalance.
  A request is all or nothing: one bad recipient fails the whole request with that recipient's error (its number
  in `details`); nothing is stored or charged. The answer has one `to` (the recipients in E.164, comma-separated)
  and one `cost` (the total).
- Success: `{"status": "success", "to", "message", "status_code", "cost", "delivery_status"}` with HTTP 201 Sent;
  the account setting `answer_status` (200, 201 or 202) makes every send answer 200 Processed or 202 Queued.
- Messages go queued -> sent -> delivered / failed / expired on the virtual clock (test numbers 9993-9997). No
  delivery reports or inbound messages are documented, so none are sent or taken.
- 1000 requests an hour per account (the spec's limit, shared by every operation): 429 Too Many Requests in the
  error shape. 500 InternalServerError / 501 GatewayError / 502 RejectedByGateway come from status faults too.
- Balance: `{"status": "success", "balance": <number>}` (the spec's assumed shape).

Account settings (PATCH /_sim/accounts/{id} {"settings": {...}}): `answer_status`, `default_region`,
`default_sender` (default `EzzySMS`), `approved_senders` (list), `blacklist` (list of numbers), `sms_cost`.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping
from typing import Any, Final

import phonenumbers
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute

from smskit.text import preview
from smskit_sim.numbers import Outcome, outcome
from smskit_sim.providers.base import Provider, ProviderError, any_method, loads
from smskit_sim.store import Account, Message
from smskit_sim.validation import CompiledOperation

__all__ = ["EzzySMS"]

# The error table's texts, sent as `details` (403 is the documents' own sample).
DETAILS: Final = {
    401: "Missing or Invalid Logins Details",
    402: "The sender ID provided is invalid or not approved",
    403: "The phone number format is invalid.",
    404: "Phone number type is not supported",
    405: "Account balance is insufficient to send SMS",
    406: "Recipient is in your account blacklist",
    407: "Unable to find route for the destination number",
    409: "Message rejected due to Do Not Disturb settings",
    429: "API calls are limited to 1000 requests per hour per account",
    500: "Something went wrong on our server",
    501: "Error occurred at the gateway level",
    502: "Message rejected by the gateway",
}
DELIVERY_WORDS: Final = {200: "Processed", 201: "Sent", 202: "Queued"}
DEFAULT_REGION: Final = "UG"
DEFAULT_SENDER: Final = "EzzySMS"
DEFAULT_SMS_COST: Final = 40.0
_BODY: Final = "ezzysms_body"  # request.state attribute holding the decoded POST body
_UNREADABLE: Final = object()  # ...when it is not JSON
_RECIPIENTS: Final = re.compile(r"\+?[0-9]+(,\+?[0-9]+)*")
_ALPHANUMERIC_SENDER: Final = re.compile(r"[A-Za-z0-9 ]{1,11}")
_NUMERIC_SENDER: Final = re.compile(r"\+?[0-9]{1,15}")
_UNSUPPORTED_TYPES: Final = frozenset(
    {
        phonenumbers.PhoneNumberType.FIXED_LINE,
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.PREMIUM_RATE,
        phonenumbers.PhoneNumberType.SHARED_COST,
        phonenumbers.PhoneNumberType.UAN,
        phonenumbers.PhoneNumberType.VOICEMAIL,
        phonenumbers.PhoneNumberType.PAGER,
    }
)
_REFUSED: Final = {
    Outcome.LANDLINE: 404,
    Outcome.BLACKLISTED: 406,
    Outcome.DO_NOT_DISTURB: 409,
    Outcome.UNROUTABLE: 407,
}


class EzzySMS(Provider):
    id = "ezzysms"

    def routes(self) -> list[BaseRoute]:
        messaging = self._messaging()
        balance = self._balance()
        return [
            any_method("/api/v1/messaging", messaging),
            any_method("/api/v1/messaging/", messaging),
            any_method("/api/v1/balance", balance),
            any_method("/api/v1/balance/", balance),
        ]

    def demo_credentials(self) -> dict[str, Any]:
        return {"username": "demo-ezzysms", "password": "demo-ezzysms-password"}

    def new_credentials(self, serial: int) -> dict[str, Any]:
        return {"username": f"ezzysms-user-{serial:04d}", "password": f"ezzysms-password-{serial:04d}"}

    def authenticate(self, request: Request, op: CompiledOperation) -> Account | Response:
        op_id = op.operation_id
        given: list[tuple[str, str] | None] = []  # every place that carries credentials; None: unreadable there
        header = request.headers.get("authorization")
        if header is not None:
            given.append(_basic(header))
        body = getattr(request.state, _BODY, None)
        for source in (body, request.query_params):
            if isinstance(source, Mapping) and ("username" in source or "password" in source):
                given.append(_pair(source))
        if not given:
            return self.error(op_id, 401)
        found: set[str] = set()
        for pair in given:
            account = self._login(pair)
            if account is None:
                return self.error(op_id, 401)
            found.add(account.id)
        if len(found) > 1:
            return self.error(op_id, 401, "The credentials given name different accounts")
        account = self.store.accounts[found.pop()]
        return account if account.active else self.error(op_id, 401, "This account is disabled")

    def _login(self, pair: tuple[str, str] | None) -> Account | None:
        if pair is None:
            return None
        for account in self.store.accounts_of(self.id):
            if (account.credentials["username"], account.credentials["password"]) == pair:
                return account
        return None

    def error_body(self, entry: dict[str, Any], description: str) -> Response:
        code = entry["code"]
        details = DETAILS.get(code, description) if description == entry["description"] else description
        body = {"status": "error", "error_code": code, "message": entry["description"], "details": details}
        return JSONResponse(body, status_code=entry["status"])

    def unparsable(self, op: CompiledOperation) -> Response:
        return self.error(op.operation_id, 403, "The request could not be read: no recipient found")

    # --- request shapes -------------------------------------------------------------------------------------
    def _messaging(self) -> Any:
        post = self.endpoint("sendMessage", self.send_json)
        get = self.endpoint("sendMessageByQuery", self.send_query)

        async def endpoint(request: Request) -> Response:
            if request.method == "POST":
                raw = await request.body()
                try:
                    body: Any = loads(raw)
                except ValueError:  # JSONDecodeError and UnicodeDecodeError alike
                    body = _UNREADABLE
                setattr(request.state, _BODY, body)
                return await post(request)
            if request.method == "GET":
                return await get(request)
            return _not_allowed("GET, POST")

        return endpoint

    def _balance(self) -> Any:
        get = self.endpoint("getBalance", self.balance)

        async def endpoint(request: Request) -> Response:
            if request.method in ("GET", "HEAD"):
                return await get(request)
            return _not_allowed("GET")

        return endpoint

    # --- operations -----------------------------------------------------------------------------------------
    async def balance(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        return JSONResponse({"status": "success", "balance": _number(account.balance)})

    async def send_json(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        body = getattr(request.state, _BODY, _UNREADABLE)
        if body is _UNREADABLE:
            raise ProviderError(403, "The request body is not valid JSON")
        if not isinstance(body, dict):
            raise ProviderError(403, "The request body must be a JSON object")
        fields: dict[str, Any] = {k: body[k] for k in ("to", "message", "from") if k in body}
        return self._send(account, fields, {v.field for v in op.body("application/json", body)})

    async def send_query(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        values, violations = op.query(request.query_params)
        fields: dict[str, Any] = {k: values[k] for k in ("to", "message", "from") if k in values}
        return self._send(account, fields, {v.field for v in violations})

    # --- the send rules -------------------------------------------------------------------------------------
    def _send(self, account: Account, fields: dict[str, Any], broken: set[str]) -> Response:
        settings = account.settings
        to = fields.get("to")
        if "to" in broken or not isinstance(to, str) or not _RECIPIENTS.fullmatch(to):
            raise ProviderError(403, "`to` is required: phone numbers, comma-separated" if to is None else None)
        sender = self._sender(fields.get("from", _setting(settings, "default_sender", str, DEFAULT_SENDER)),
                              settings, "from" in broken)  # fmt: skip
        text = fields.get("message")
        if not isinstance(text, str) or not text:
            raise ProviderError(502, "Message rejected by the gateway: `message` must be a non-empty text")
        if not text.isprintable() and not _encodable(text):
            raise ProviderError(502, "Message rejected by the gateway: the text is not valid Unicode")
        shape = preview(text)
        if shape.parts > 1 or "message" in broken:
            limit = 160 if shape.encoding == "gsm" else 70
            raise ProviderError(502, f"Message rejected by the gateway: longer than one SMS ({limit} characters)")
        recipients = self._recipients(to, settings)
        cost = _setting(settings, "sms_cost", float, DEFAULT_SMS_COST)
        if cost < 0:
            cost = DEFAULT_SMS_COST
        total = cost * len(recipients)
        if not self.charge(account, total):
            raise ProviderError(405)
        now, group = self.store.clock.now(), self.store.new_id()
        for number, result in recipients.items():
            self.store.add_message(
                Message(
                    id=self.store.new_id(),
                    provider=self.id,
                    account_id=account.id,
                    recipient=number,
                    sender=sender,
                    text=text,
                    encoding=shape.encoding,
                    segments=1,
                    outcome=result,
                    created_at=now,
                    group=group,
                    cost=cost,
                )
            )
        status = settings.get("answer_status")
        if not (isinstance(status, int) and not isinstance(status, bool) and status in DELIVERY_WORDS):
            status = 201
        answer = {"status": "success", "to": ",".join(recipients), "message": text, "status_code": status,
                  "cost": _number(total), "delivery_status": DELIVERY_WORDS[status]}  # fmt: skip
        return JSONResponse(answer, status_code=status)

    def _sender(self, sender: Any, settings: dict[str, Any], broken: bool) -> str:
        if broken or not isinstance(sender, str):
            raise ProviderError(402)
        numeric = _NUMERIC_SENDER.fullmatch(sender) is not None
        if not numeric and not (_ALPHANUMERIC_SENDER.fullmatch(sender) and sender.strip()):
            raise ProviderError(402, "The sender ID must be up to 11 letters, digits or spaces, or a number")
        approved = settings.get("approved_senders")
        default = _setting(settings, "default_sender", str, DEFAULT_SENDER)
        names = {s.casefold() for s in approved if isinstance(s, str)} if isinstance(approved, list) else None
        if names is not None and sender != default and sender.casefold() not in names:
            raise ProviderError(402, f"The sender ID is not approved for this account: {sender}")
        return sender

    def _recipients(self, to: str, settings: dict[str, Any]) -> dict[str, Outcome]:
        """Each distinct recipient in E.164 with its test-number outcome; the first refused one raises."""
        region = _setting(settings, "default_region", str, DEFAULT_REGION).upper()
        listed = settings.get("blacklist")
        blocked = set()
        for entry in listed if isinstance(listed, list) else []:
            read = _read(entry, region) if isinstance(entry, str) else None
            if read is not None:
                blocked.add(read[0])
        found: dict[str, Outcome] = {}
        for raw in to.split(","):
            read = _read(raw, region)
            result = outcome(read[0]) if read else Outcome.INVALID
            if read is None or result is Outcome.INVALID:
                raise ProviderError(403, f"The phone number format is invalid: {raw}")
            number, parsed = read
            if number in found:
                continue
            if result is Outcome.LANDLINE or phonenumbers.number_type(parsed) in _UNSUPPORTED_TYPES:
                raise ProviderError(404, f"Phone number type is not supported: {number}")
            if number in blocked:
                raise ProviderError(406, f"Recipient is in your account blacklist: {number}")
            if result in _REFUSED:
                code = _REFUSED[result]
                raise ProviderError(code, f"{DETAILS[code]}: {number}")
            found[number] = result
        return found


def _read(raw: str, region: str) -> tuple[str, phonenumbers.PhoneNumber] | None:
    """The number in E.164 and as parsed, or None when it cannot be read.

    International numbers (`+`, `00`) keep the digits they were written with, when their country code is known:
    the documents' own `+25671234567` is a digit short for Uganda and is still sent. National numbers are read
    in `region` and must be valid there.
    """
    raw = raw.strip()
    international = raw.startswith(("+", "00"))
    text = "+" + raw.removeprefix("+").removeprefix("00") if international else raw
    try:
        parsed = phonenumbers.parse(text, None if international else region)
    except phonenumbers.NumberParseException:
        return None
    if international:
        return text, parsed
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164), parsed


def _basic(header: str) -> tuple[str, str] | None:
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(token.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    username, colon, password = decoded.partition(":")
    return (username, password) if colon else None


def _pair(source: Mapping[str, Any]) -> tuple[str, str] | None:
    """`username` and `password` from a JSON body or the query string, when both are non-empty strings."""
    username, password = source.get("username"), source.get("password")
    if isinstance(username, str) and isinstance(password, str) and username and password:
        return username, password
    return None


def _setting(settings: dict[str, Any], key: str, kind: type[Any], default: Any) -> Any:
    """An account setting of the right type, else the default (settings come from the control API unchecked)."""
    value = settings.get(key, default)
    if kind is float:
        return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else default
    return value if isinstance(value, kind) and value else default


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates, which JSON's \\u escapes can carry
        return False
    return True


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value


def _not_allowed(allow: str) -> Response:
    return PlainTextResponse("Method Not Allowed", status_code=405, headers={"Allow": allow})
