"""Easify v2 (seeds/002, providers/easysendsms-easify-ezzysms.md (b)): numbers, send, status, chats, campaigns.

Rules as documented: `Authorization: Bearer <token>` on every call (401 `Unauthenticated` when missing or
wrong); success bodies `{"status": true, "message", "data"}`, application errors `{"status": false, "message",
"errors": []}` and Laravel validation errors `{"message", "errors": {field: [...]}}` (422, except a send
without `country_code`, documented as 400 with the validation body). Inputs are read as Laravel reads them:
the query string merged under a JSON, multipart or url-encoded body; empty strings count as missing; an
unreadable body counts as no input. A body field the spec does not declare is a 422 ("The x field is
prohibited.": every request body of the spec is closed). Lists are Laravel paginators (`limit`, `page`,
`links` / `meta`); on phone numbers and templates, which document no validation error, a bad `limit` or
`page` falls back to the default. Undocumented texts use Laravel's default wording.

Send: `from_number` must be one of the account's numbers (credential `from_numbers`, E.164), compared on the
national part (the documents write it without country code, the PHP sample with `+1`: both match);
recipient = `country_code` + `to_number`, only `+1`, `+972`, `+44`. Test numbers (numbers.py): invalid ->
400 `InvalidRecipient!`; `...9990` -> 400 blacklisted; every other one is accepted (Easify's DNC registry
does not stop API sends) and ends as its outcome says. Cost: 1 credit per SMS part (GSM-7 / UCS-2 parts),
`MMS_CREDITS` for a message with media (a reading: prices are not documented). Outside the opening hours a
send is held until the next opening unless `force_send` is 1. Status words: scheduled -> `Scheduled`,
queued -> `Pending`, sent -> `Success`, delivered -> `Delivered`, failed / expired -> `Undelivered`
(`Failed` when the network was unroutable, `...9992`). Each final status is POSTed (JSON, signed) to the
account's `webhook_url` (control API; Easify sets it in the web app). Inbound SMS (POST /_sim/inbound, `to`
= one of the account's numbers) join the chat history and are POSTed to that number's `webhook_url`.

Account settings (PATCH /_sim/accounts/{id} {"settings": {...}}):
- `plan`: "enterprise" (default); any other plan answers 403 on every call.
- `subscription_active`: true (default); false answers 402 on every call.
- `opening_hours`: "HH:MM-HH:MM" in UTC, default "08:00-20:00" (the virtual clock starts at 12:00 UTC); a
  range may wrap midnight ("22:00-06:00"); null, or equal ends, means always open.
- `webhook_secret`: the key of `X-Easify-Signature`, default "easify-sim-webhook-secret".
An account switched off (`active: false`) answers 401, as a revoked token does.

Webhook signature: `X-Easify-Signature` = Base64 of the hex HMAC-SHA256 of the payload re-encoded as PHP's
`json_encode` writes it (compact, `\\/`, `\\uXXXX`); `X-Easify-Timestamp` is wall-clock UNIX seconds, so
receivers can keep their 15-minute check. The inbound webhook is signed the same way (a reading).
Campaign CSV (layout not documented): one recipient per row; a header row names the number column (`phone`,
`phone_number`, `number`, `mobile`, ...) and optionally `country_code`, else the first column is the number;
numbers without `+` take `country_code` or +1. Templates and sender numbers are used in turn per recipient;
a recipient the balance cannot pay for is kept as a `Failed` item ("Insufficient credits"); more than
10,000 rows is a 422. Campaign items of an unknown `campaign_id`: an empty page. Phone-number ids are 1, 2, ...
per account (so the documents' `phone_number_id: 1` example names the demo number); two approved templates
(the documents' 1450 and 1452) are seeded per account. Undocumented statuses from faults answer Laravel's
`{"message": "Server Error"}` shape; another method on a route is Laravel's 405 with `Allow`.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import hmac
import io
import json
import math
import re
import time
import uuid
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import phonenumbers
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute

from smskit.text import preview
from smskit_sim.numbers import Outcome, outcome
from smskit_sim.providers.base import Handler, Provider, ProviderError, any_method
from smskit_sim.providers.easify_laravel import Input, Upload, label, paginate, read_input, rule_text
from smskit_sim.store import Account, Message
from smskit_sim.validation import CompiledOperation, Violation

if TYPE_CHECKING:
    from smskit_sim.app import Simulator

__all__ = ["Easify"]

SUPPORTED_CODES = ("+1", "+972", "+44")
MMS_CREDITS = 3
MAX_CAMPAIGN_RECIPIENTS = 10_000
MAX_REPORT_DAYS = 30
DEFAULT_LIMIT = 10
DEFAULT_OPENING_HOURS = "08:00-20:00"
DEFAULT_WEBHOOK_SECRET = "easify-sim-webhook-secret"

_WORDS = {"scheduled": "Scheduled", "queued": "Pending", "sent": "Success", "delivered": "Delivered",
          "expired": "Undelivered", "cancelled": "Failed"}  # fmt: skip
_REMARKS = {
    Outcome.UNDELIVERABLE: "Undelivered: the handset could not be reached",
    Outcome.DO_NOT_DISTURB: "Undelivered: the recipient's carrier refused it (do not disturb)",
    Outcome.UNROUTABLE: "Failed: no route to the recipient's network",
    Outcome.EXPIRES: "Undelivered: expired, the handset stayed unreachable",
    Outcome.ABSENT: "Undelivered: absent subscriber",
}
# Where a documented 422 lists a field text different from its message.
_DETAIL = {"from_number_required": "The from number is required.",
           "phone_number_id_required": "The phone number field is required."}  # fmt: skip
_NUMBER_KEYS = ("id", "number", "approved", "gateway", "name", "status", "webhook_url", "created_at")
_TEMPLATES = (
    {"id": 1450, "group_name": "Group 01", "name": "Template 01",
     "message": "This is test template. Reply STOP to opt-out."},
    {"id": 1452, "group_name": "Group 01", "name": "Template 02",
     "message": "This is test template 2. Reply STOP to opt-out."},
)  # fmt: skip
_PHONE_COLUMNS = ("phone", "phone_number", "phone number", "number", "mobile", "mobile_number", "to_number",
                  "receiver", "contact")  # fmt: skip
_CODE_COLUMNS = ("country_code", "country code", "code")


def _listing(at: dt.datetime) -> str:
    return at.strftime("%m-%d-%Y %I:%M:%S %p")


def _field_of(code: str) -> str | None:
    """The field a validation-shaped error is about; None for the application shape."""
    if code == "invalid_country_code":
        return "country_code"
    return code.split("_required")[0] if "_required" in code else None


def _national(e164: str) -> str:
    try:
        return str(phonenumbers.parse(e164).national_number)
    except phonenumbers.NumberParseException:
        digits = e164.lstrip("+")
        for code in SUPPORTED_CODES:
            if digits.startswith(code[1:]):
                return digits[len(code) - 1 :]
        return digits


def _php_json(payload: dict[str, Any]) -> str:
    """`json_encode` of PHP: compact, non-ASCII as \\uXXXX and `/` as `\\/`."""
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=True).replace("/", "\\/")


def _positive(raw: str | None) -> int | None:
    return int(raw) if raw is not None and raw.isascii() and raw.isdigit() and int(raw) >= 1 else None


class Easify(Provider):
    id = "easify"

    def __init__(self, sim: Simulator) -> None:
        super().__init__(sim)
        self._fields: dict[tuple[str, str], dict[str, dict[str, Any]]] = {}
        for op_id, op in self.ops.items():
            query: dict[str, Any] = dict(op.query_schema["properties"])
            self._fields[(op_id, "query")] = query
            for media_type in op.media_types:
                schema = op.node["requestBody"]["content"][media_type]["schema"]
                self._fields[(op_id, media_type)] = dict(schema["properties"])

    def routes(self) -> list[BaseRoute]:
        return [
            self._route("/api/v2/phone-numbers", GET=("listPhoneNumbers", self.list_numbers)),
            self._route("/api/v2/phone-numbers/update", PATCH=("updatePhoneNumberWebhook", self.update_number)),
            self._route("/api/v2/sms/send", POST=("sendSms", self.send)),
            self._route("/api/v2/sms/chat-history", GET=("getChatHistory", self.chat_history)),
            self._route("/api/v2/sms/templates", GET=("listSmsTemplates", self.templates)),
            self._route("/api/v2/sms/status", GET=("getSmsStatus", self.status)),
            self._route("/api/v2/sms/report", GET=("getSmsReport", self.sms_report)),
            self._route("/api/v2/sms/campaign/send", POST=("sendSmsCampaign", self.campaign_send)),
            self._route("/api/v2/sms/campaign/items", GET=("listSmsCampaignItems", self.campaign_items)),
        ]

    def demo_credentials(self) -> dict[str, Any]:
        return {"token": "demo-easify-token", "from_numbers": ["+13205550100"]}

    def new_credentials(self, serial: int) -> dict[str, Any]:
        return {"token": f"easify-token-{serial:04d}", "from_numbers": [f"+1320555{serial:04d}"]}

    def authenticate(self, request: Request, op: CompiledOperation) -> Account | Response:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        token = token.strip()
        if scheme.lower() == "bearer" and token:
            for account in self.store.accounts_of(self.id):
                if account.credentials["token"] != token or not account.active:
                    continue
                if account.settings.get("subscription_active", True) is False:
                    return self.error(op.operation_id, "subscription_ended")
                if str(account.settings.get("plan", "enterprise")).lower() != "enterprise":
                    return self.error(op.operation_id, "plan_not_allowed")
                return account
        return self.error(op.operation_id, "unauthenticated")

    def error_body(self, entry: dict[str, Any], description: str) -> Response:
        field = _field_of(entry["code"])
        if field is None:
            return JSONResponse({"status": False, "message": description, "errors": []}, status_code=entry["status"])
        detail = _DETAIL.get(entry["code"], description)
        return JSONResponse({"message": description, "errors": {field: [detail]}}, status_code=entry["status"])

    def error_for_status(self, op_id: str, status: int) -> Response:
        if any(entry["status"] == status for entry in self.errors[op_id].values()):
            return super().error_for_status(op_id, status)
        try:  # what Laravel answers a JSON client when debugging is off
            phrase = "Server Error" if status == 500 else HTTPStatus(status).phrase
        except ValueError:
            phrase = "Server Error"
        return JSONResponse({"message": phrase}, status_code=status)

    def unparsable(self, op: CompiledOperation) -> Response:
        """Laravel reads an unreadable body as no input: the first required field is reported missing."""
        for code, entry in self.errors[op.operation_id].items():
            if str(code).endswith("_required") and entry["status"] == 422:
                return self.error(op.operation_id, code)
        return self.error_for_status(op.operation_id, 500)

    def rate_limited(self, op_id: str, retry_after: float) -> Response:
        seconds = max(1, math.ceil(retry_after))
        message = f"Too many requests. Try again in {seconds} seconds"
        response = JSONResponse({"status": False, "message": message, "errors": []}, status_code=429)
        response.headers["Retry-After"] = str(seconds)
        return response

    # --- routing ----------------------------------------------------------------------------------------------
    def _route(self, path: str, **methods: tuple[str, Handler]) -> BaseRoute:
        """The declared methods (HEAD with GET), and Laravel's 405 with `Allow` for any other one."""
        runs = {method: self.endpoint(op_id, handler) for method, (op_id, handler) in methods.items()}
        if "GET" in runs:
            runs["HEAD"] = runs["GET"]
        allow = ", ".join(runs)

        async def endpoint(request: Request) -> Response:
            run: Callable[[Request], Awaitable[Response]] | None = runs.get(request.method)
            if run is not None:
                return await run(request)
            message = (f"The {request.method} method is not supported for route {path.lstrip('/')}. "
                       f"Supported methods: {allow}.")  # fmt: skip
            return JSONResponse({"message": message}, status_code=405, headers={"Allow": allow})

        return any_method(path, endpoint)

    # --- validation, Laravel style ----------------------------------------------------------------------------
    def _errors(self, op_id: str, source: str, violations: list[Violation]) -> dict[str, tuple[str, str]]:
        """(message, field text) per broken field, in the order the spec lists the fields."""
        fields = self._fields[(op_id, source)]
        found: dict[str, tuple[str, str]] = {}
        for violation in violations:
            if violation.field in fields and violation.field not in found:
                found[violation.field] = self._text(op_id, violation.field, violation.rule, fields[violation.field])
        return found

    def _text(self, op_id: str, field: str, rule: str, schema: dict[str, Any]) -> tuple[str, str]:
        code = f"{field}_required" if rule in ("required", "minLength", "minItems") else None
        if op_id == "sendSms" and field == "country_code" and rule == "enum":
            code = "invalid_country_code"
        entry = self.errors[op_id].get(code) if code else None
        if entry is not None and entry["status"] == 422:
            return entry["description"], _DETAIL.get(entry["code"], entry["description"])
        text = rule_text(field, rule, schema)
        return text, text

    def _documented(self, op_id: str, code: str) -> tuple[str, str]:
        description = self.errors[op_id][code]["description"]
        return description, _DETAIL.get(code, description)

    def _invalid(self, op_id: str, source: str, errors: dict[str, tuple[str, str]]) -> Response:
        order = list(self._fields[(op_id, source)])
        ranked = sorted(errors.items(), key=lambda item: order.index(item[0]) if item[0] in order else len(order))
        return JSONResponse({"message": ranked[0][1][0], "errors": {f: [d] for f, (_, d) in ranked}}, status_code=422)

    def _query(self, request: Request, op: CompiledOperation) -> tuple[dict[str, Any], dict[str, tuple[str, str]]]:
        raw = {k: v for k, v in request.query_params.items() if v != ""}
        values, violations = op.query(raw)
        return values, self._errors(op.operation_id, "query", violations)

    async def _body(
        self, request: Request, op: CompiledOperation
    ) -> tuple[str, dict[str, Any], dict[str, tuple[str, str]]]:
        """The operation's fields from the request (strings typed by the schema, blanks dropped), and an error
        for each body field the operation does not have (the spec closes every body: no other property)."""
        given: Input = await read_input(request)
        types = op.media_types
        wanted = "application/json" if given.json else "multipart/form-data"
        source = wanted if wanted in types else types[0]
        values: dict[str, Any] = {}
        for name, schema in self._fields[(op.operation_id, source)].items():
            items = given.values.get(name)
            if not items:
                continue
            typed = name in given.typed
            if schema.get("format") != "binary":  # a file where text is expected fails the type check
                items = [{} if isinstance(item, Upload) else item for item in items]
            value = items if schema.get("type") == "array" and not typed else items[-1]
            if not typed and isinstance(value, str):
                value = op.form(source, {name: value})[name]
            if value is not None and value != "" and value != []:
                values[name] = value
        known = self._fields[(op.operation_id, source)]
        errors: dict[str, tuple[str, str]] = {}
        for name in sorted(given.body_fields - set(known)):
            text = f"The {label(name)} field is prohibited."
            errors[name] = (text, text)
        return source, values, errors

    # --- state ------------------------------------------------------------------------------------------------
    def _state(self, account: Account) -> dict[str, Any]:
        resources = account.resources
        if "numbers" not in resources:
            created = _listing(self.store.clock.datetime(0.0))
            resources["numbers"] = [
                {"id": i + 1, "number": e164, "national": _national(e164), "approved": "Approved",
                 "gateway": "Easify SMS Gateway", "name": f"Easify number {i + 1}", "status": "Active",
                 "webhook_url": None, "created_at": created}
                for i, e164 in enumerate(account.credentials.get("from_numbers", []))
            ]  # fmt: skip
            resources["templates"] = [
                {**t, "sms_type": "sms", "media_url": "", "created_at": created} for t in _TEMPLATES
            ]
            resources["history"] = []
            resources["campaigns"] = {}
            resources["serial"] = {"record": 0, "campaign": 0, "item": 0}
        return resources

    def _next(self, account: Account, kind: str) -> int:
        serial: dict[str, int] = self._state(account)["serial"]
        serial[kind] += 1
        return serial[kind]

    def _own_number(self, account: Account, given: Any) -> dict[str, Any] | None:
        """The account's number `given` names: national form, or with its country code (`+` optional)."""
        if not isinstance(given, str):
            return None
        numbers: list[dict[str, Any]] = self._state(account)["numbers"]
        for number in numbers:
            if given in (number["national"], number["number"], number["number"].lstrip("+")):
                return number
        return None

    def _word(self, message: Message) -> str:
        if message.status == "failed":
            return "Failed" if message.outcome is Outcome.UNROUTABLE else "Undelivered"
        return _WORDS[message.status]

    def _remarks(self, message: Message) -> str:
        return _REMARKS.get(message.outcome, "") if message.status in ("failed", "expired") else ""

    def _record(self, record: dict[str, Any]) -> dict[str, Any]:
        """A chat-history / report entry as the API shows it."""
        message = self.store.messages.get(record["sms_id"]) if record["sms_id"] else None
        outbound = record["send_by"] == "sender"
        return {
            "id": record["id"],
            "sender": record["number"] if outbound else record["contact"],
            "receiver": record["contact"] if outbound else record["number"],
            "message": record["message"],
            "sms_type": record["sms_type"],
            "send_by": record["send_by"],
            "media_url": record["media_url"],
            "status": self._word(message) if message else "Delivered",
            "created_at": _listing(self.store.clock.datetime(record["created_at"])),
            "reason": (self._remarks(message) or None) if message else None,
        }

    def _dispatch(self, account: Account, number: dict[str, Any], recipient: str, text: str, *, media_url: str | None,
                  scheduled_at: float | None, cost: float, group: str | None) -> Message:  # fmt: skip
        """Store one outgoing message and its chat-history entry."""
        now = self.store.clock.now()
        shape = preview(text)
        sms_id = self.store.opaque_id("easify sms")
        message = self.store.add_message(
            Message(id=sms_id, provider=self.id, account_id=account.id, recipient=recipient, sender=number["number"],
                    text=text, encoding=shape.encoding, segments=max(shape.parts, 1), outcome=outcome(recipient),
                    created_at=now, scheduled_at=scheduled_at, group=group or sms_id, cost=cost)
        )  # fmt: skip
        self._state(account)["history"].append(
            {"id": self._next(account, "record"), "sms_id": sms_id, "number": number["number"], "contact": recipient,
             "send_by": "sender", "message": text, "sms_type": "mms" if media_url else "sms",
             "media_url": media_url or "", "created_at": now}
        )  # fmt: skip
        return message

    def _next_opening(self, account: Account, now: float) -> float | None:
        """When a send at `now` may leave: None when the account is open, else its next opening time."""
        hours = account.settings.get("opening_hours", DEFAULT_OPENING_HOURS)
        if hours is None:
            return None
        found = re.fullmatch(r"(\d{2}):(\d{2})-(\d{2}):(\d{2})", str(hours).strip())
        if found is None:
            found = re.fullmatch(r"(\d{2}):(\d{2})-(\d{2}):(\d{2})", DEFAULT_OPENING_HOURS)
            assert found is not None
        h1, m1, h2, m2 = (int(g) for g in found.groups())
        start, end = h1 * 60 + m1, h2 * 60 + m2
        if start == end:
            return None
        at = self.store.clock.datetime(now)
        minute = at.hour * 60 + at.minute + at.second / 60
        is_open = start <= minute < end if start < end else (minute >= start or minute < end)
        if is_open:
            return None
        opening = at.replace(hour=0, minute=0, second=0, microsecond=0) + dt.timedelta(minutes=start)
        if opening <= at:
            opening += dt.timedelta(days=1)
        return self.store.clock.at(opening)

    def _signed(self, account: Account, payload: dict[str, Any]) -> dict[str, str]:
        secret = str(account.settings.get("webhook_secret", DEFAULT_WEBHOOK_SECRET))
        digest = hmac.new(secret.encode(), _php_json(payload).encode(), hashlib.sha256).hexdigest()
        return {"X-Easify-Timestamp": str(int(time.time())),
                "X-Easify-Signature": base64.b64encode(digest.encode()).decode()}  # fmt: skip

    # --- callbacks --------------------------------------------------------------------------------------------
    async def report(self, message: Message) -> None:
        account = self.store.accounts[message.account_id]
        if not account.webhook_url:
            return
        record = next((r for r in reversed(self._state(account)["history"]) if r["sms_id"] == message.id), None)
        payload = {
            "sms_id": message.id,
            "sender": message.sender or "",
            "receiver": message.recipient,
            "sms_type": record["sms_type"] if record else "sms",
            "message": message.text,
            "media_url": record["media_url"] if record else "",
            "status": self._word(message),
            "remarks": self._remarks(message),
            "created_at": self.store.clock.datetime(message.created_at).strftime("%Y-%m-%d %H:%M:%S"),
        }
        headers = self._signed(account, payload)
        await self.sim.callbacks.send(self.id, "sms_status", account.webhook_url, "POST", json=payload, headers=headers)

    async def inbound(self, account: Account, event: dict[str, Any]) -> dict[str, Any]:
        number = self._own_number(account, event["to"])
        if number is None:
            raise ValueError("`to` must be one of the account's numbers (credential from_numbers)")
        sender = event["from"].strip()
        sender = "+" + sender.removeprefix("+").removeprefix("00") if not sender.startswith("+") else sender
        if not sender[1:].isdigit():
            raise ValueError("`from` must be a phone number in international form")
        now = self.store.clock.now()
        record = {"id": self._next(account, "record"), "sms_id": None, "number": number["number"], "contact": sender,
                  "send_by": "receiver", "message": event["text"], "sms_type": "sms", "media_url": "",
                  "created_at": now}  # fmt: skip
        self._state(account)["history"].append(record)
        if number["webhook_url"]:
            at = self.store.clock.datetime(now).strftime("%Y-%m-%d %H:%M:%S")
            payload = {"sender": sender, "receiver": number["number"], "sms_type": "sms", "message": event["text"],
                       "media_url": "", "created_at": at}  # fmt: skip
            headers = self._signed(account, payload)
            await self.sim.callbacks.send(self.id, "inbound_sms", number["webhook_url"], "POST", json=payload,
                                          headers=headers)  # fmt: skip
        return self._record(record)

    # --- phone numbers ----------------------------------------------------------------------------------------
    async def list_numbers(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        numbers = [{k: n[k] for k in _NUMBER_KEYS} for n in self._state(account)["numbers"]]
        limit = _positive(request.query_params.get("limit"))  # no validation error is documented here
        if limit is None:
            return JSONResponse({"status": True, "message": "Phone Numbers", "data": numbers, "links": []})
        page = paginate(request, numbers, limit, _positive(request.query_params.get("page")) or 1)
        return JSONResponse({"status": True, "message": "Phone Numbers", **page})

    async def update_number(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        source, values, errors = await self._body(request, op)
        errors.update(self._errors(op.operation_id, source, op.body(source, values)))
        if errors:
            return self._invalid(op.operation_id, source, errors)
        wanted = int(values["phone_number_id"])
        number = next((n for n in self._state(account)["numbers"] if n["id"] == wanted), None)
        if number is None:
            raise ProviderError("invalid_phone_number_id")
        number["webhook_url"] = values["webhook_url"]
        data = {k: number[k] for k in _NUMBER_KEYS}
        return JSONResponse({"status": True, "message": "Webhook URL updated successfully", "data": data})

    # --- sms --------------------------------------------------------------------------------------------------
    async def send(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        source, values, errors = await self._body(request, op)
        media = values.get("media")
        checked = {k: (v.filename or "file") if isinstance(v, Upload) else v for k, v in values.items()}
        errors.update(self._errors(op.operation_id, source, op.body(source, checked)))
        if "message" not in values and "media" not in values:
            for field, other in (("message", "media"), ("media", "message")):
                text = f"The {field} field is required when {other} is not present."
                errors.setdefault(field, (text, text))
        if "country_code" not in values:  # documented apart: 400, checked once the rest is valid
            errors.pop("country_code", None)
        if errors:
            return self._invalid(op.operation_id, source, errors)
        if "country_code" not in values:
            raise ProviderError("country_code_required")
        number = self._own_number(account, values["from_number"])
        if number is None:
            raise ProviderError("invalid_from_number")
        recipient = values["country_code"] + values["to_number"]
        result = outcome(recipient)
        if result is Outcome.INVALID:
            raise ProviderError("invalid_recipient")
        if result is Outcome.BLACKLISTED:
            raise ProviderError("recipient_blacklisted")
        text = values.get("message", "")
        cost = float(MMS_CREDITS if media is not None else preview(text).parts)
        if not self.charge(account, cost):
            raise ProviderError("insufficient_credits")
        media_url: str | None = media
        if isinstance(media, Upload):  # an address for the upload (the simulator does not serve it)
            media_url = f"{request.url.scheme}://{request.url.netloc}/easify/media/{uuid.uuid4().hex}/"
            media_url += quote(media.filename or "media")
        now = self.store.clock.now()
        scheduled_at = None if values.get("force_send") == 1 else self._next_opening(account, now)
        message = self._dispatch(account, number, recipient, text, media_url=media_url, scheduled_at=scheduled_at,
                                 cost=cost, group=None)  # fmt: skip
        return JSONResponse({"status": True, "message": " SMS Processed successfully.", "data": {"sms_id": message.id}})

    async def status(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        values, errors = self._query(request, op)
        if errors:
            return self._invalid(op.operation_id, "query", errors)
        message = self.store.messages.get(values["sms_id"])
        if message is None or message.account_id != account.id:
            raise ProviderError("invalid_sms_id")
        data = {"status": self._word(message), "remarks": self._remarks(message)}
        return JSONResponse({"status": True, "message": "SMS status successfully fetched", "data": data})

    async def chat_history(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        values, errors = self._query(request, op)
        if errors:
            return self._invalid(op.operation_id, "query", errors)
        number = self._own_number(account, values["sender"])
        contact = values["country_code"] + values["receiver"]
        history = self._state(account)["history"]
        found = [r for r in reversed(history) if number and r["number"] == number["number"] and r["contact"] == contact]
        page = paginate(request, found, values.get("limit", DEFAULT_LIMIT), values.get("page", 1))
        page["data"] = [self._record(r) for r in page["data"]]
        return JSONResponse({"status": True, "message": "Chat History", **page})

    async def templates(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        limit = _positive(request.query_params.get("limit")) or DEFAULT_LIMIT  # no validation error documented
        page = paginate(request, self._state(account)["templates"], limit,
                        _positive(request.query_params.get("page")) or 1)  # fmt: skip
        return JSONResponse({"status": True, "message": "SMS Templates", **page})

    async def sms_report(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        op_id = op.operation_id
        values, errors = self._query(request, op)
        days: dict[str, dt.date] = {}
        for field in ("from_date", "to_date"):
            if field in values and field not in errors:
                try:
                    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", values[field]):
                        raise ValueError(values[field])
                    days[field] = dt.date.fromisoformat(values[field])
                except ValueError:
                    bad = f"The {label(field)} field must match the format Y-m-d."
                    errors[field] = (bad, bad)
        if len(days) == 2:
            first, last = days["from_date"], days["to_date"]
            span: str | None = None
            if last < first:
                span = "The to date field must be a date after or equal to from date."
            elif (last - first).days > MAX_REPORT_DAYS:
                limit_day = first + dt.timedelta(days=MAX_REPORT_DAYS)
                span = f"The to date field must be a date before or equal to {limit_day.isoformat()}."
            if span:
                errors["to_date"] = (span, span)
        if "country_code" in values and "receiver" not in values:
            errors["receiver"] = self._documented(op_id, "receiver_required_with_country_code")
        if "receiver" in values and "country_code" not in values:
            errors["country_code"] = self._documented(op_id, "country_code_required_with_receiver")
        if errors:
            return self._invalid(op_id, "query", errors)
        clock = self.store.clock
        sender = self._own_number(account, values["sender"]) if "sender" in values else None
        contact = values["country_code"] + values["receiver"] if "receiver" in values else None
        found = []
        for record in self._state(account)["history"]:
            if (
                record["send_by"] != "sender"
                or not days["from_date"] <= clock.datetime(record["created_at"]).date() <= days["to_date"]
            ):
                continue
            if ("sender" in values and (sender is None or record["number"] != sender["number"])) or (
                contact is not None and record["contact"] != contact
            ):
                continue
            found.append(record)
        if "status" in values:
            found = [r for r in found if self._record(r)["status"] == values["status"]]
        if values.get("order", "desc") == "desc":
            found.reverse()
        page = paginate(request, found, values.get("limit", DEFAULT_LIMIT), values.get("page", 1))
        page["data"] = [self._record(r) for r in page["data"]]
        return JSONResponse({"status": True, "message": "SMS Report", **page})

    # --- campaigns --------------------------------------------------------------------------------------------
    async def campaign_send(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        op_id = op.operation_id
        source, values, errors = await self._body(request, op)
        for field in ("from_numbers", "template_ids"):  # a single JSON value reads as a list of one
            if field in values and not isinstance(values[field], list):
                values[field] = [values[field]]
        upload = values.get("recipients_file")
        checked = dict(values)
        if "template_ids" in checked:  # form values are strings: type each element, keeping unreadable ones
            checked["template_ids"] = [int(v) if isinstance(v, str) and v.isascii() and v.isdigit() else v
                                       for v in checked["template_ids"]]  # fmt: skip
        if isinstance(upload, Upload):
            checked["recipients_file"] = upload.filename or "file"
        for violation in op.body(source, checked):
            if violation.field in ("from_numbers", "template_ids") and violation.rule == "type":
                continue  # reported per element below, as Laravel does (`template_ids.0`)
            errors.update(self._errors(op_id, source, [violation]))
        state = self._state(account)
        senders: list[dict[str, Any]] = []
        for i, given in enumerate(checked.get("from_numbers", [])):
            found = self._own_number(account, given)
            if found is None:
                text = f"The selected from_numbers.{i} is invalid."
                errors.setdefault("from_numbers", (text, text))
            else:
                senders.append(found)
        templates: list[dict[str, Any]] = []
        for i, given in enumerate(checked.get("template_ids", [])):
            template = next((t for t in state["templates"] if t["id"] == given and type(given) is int), None)
            if template is None:
                text = (f"The template_ids.{i} field must be an integer." if not isinstance(given, int)
                        else f"The selected template_ids.{i} is invalid.")  # fmt: skip
                errors.setdefault("template_ids", (text, text))
            else:
                templates.append(template)
        scheduled_at = self._schedule(values, errors)
        rows: list[tuple[str, bool]] = []
        if "recipients_file" in values and "recipients_file" not in errors:
            if not isinstance(upload, Upload):
                text = "The recipients file field must be a file."
                errors["recipients_file"] = (text, text)
            else:
                try:
                    rows = _recipients(upload.data.decode("utf-8-sig"))
                except (UnicodeDecodeError, csv.Error):
                    text = "The recipients file field must be a file of type: csv, txt."
                    errors["recipients_file"] = (text, text)
                if len(rows) > MAX_CAMPAIGN_RECIPIENTS:
                    text = f"The recipients file may not contain more than {MAX_CAMPAIGN_RECIPIENTS} recipients."
                    errors["recipients_file"] = (text, text)
        if errors:
            return self._invalid(op_id, source, errors)
        now = self.store.clock.now()
        campaign_id = self._next(account, "campaign")
        items: list[dict[str, Any]] = []
        created = _listing(self.store.clock.datetime(now))
        valid = [recipient for recipient, ok in rows if ok]
        for i, recipient in enumerate(valid):
            number, template = senders[i % len(senders)], templates[i % len(templates)]
            text = template["message"]
            parts = preview(text).parts
            item = {"id": self._next(account, "item"), "campaign_id": campaign_id, "sender": number["number"],
                    "receiver": recipient, "message": text, "credits": parts, "url_shortening_credits": 0,
                    "media_url": None, "remarks": None, "status": "Pending", "sms_id": None,
                    "scheduled_at": values.get("schedule_time"), "scheduled_timezone": values.get("schedule_timezone"),
                    "sms_type": "sms", "created_at": created}  # fmt: skip
            if self.charge(account, float(parts)):
                message = self._dispatch(account, number, recipient, text, media_url=None, scheduled_at=scheduled_at,
                                         cost=float(parts), group=f"campaign-{campaign_id}")  # fmt: skip
                item["sms_id"] = message.id
            else:
                item.update(credits=0, status="Failed", remarks="Insufficient credits")
            items.append(item)
        state["campaigns"][campaign_id] = items
        data = {"campaign_id": campaign_id, "recipients_in_file": len(rows), "valid_recipients": len(valid),
                "invalid_recipients": len(rows) - len(valid)}  # fmt: skip
        return JSONResponse({"status": True, "message": "SMS Campaign Processed Successfully", "data": data})

    def _schedule(self, values: dict[str, Any], errors: dict[str, tuple[str, str]]) -> float | None:
        """When a campaign starts: `schedule_time` read in `schedule_timezone` (UTC when absent), never before now."""
        zone: dt.tzinfo = dt.UTC
        if "schedule_timezone" in values:
            try:
                zone = ZoneInfo(str(values["schedule_timezone"]))
            except (ZoneInfoNotFoundError, ValueError, OSError):
                text = "The schedule timezone field must be a valid timezone."
                errors["schedule_timezone"] = (text, text)
                return None
        if "schedule_time" not in values or "schedule_time" in errors:
            return None
        try:
            local = dt.datetime.strptime(values["schedule_time"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=zone)
            at = self.store.clock.at(local.astimezone(dt.UTC))
        except (ValueError, OverflowError):
            text = "The schedule time field must match the format Y-m-d H:i:s."
            errors["schedule_time"] = (text, text)
            return None
        return max(at, self.store.clock.now())

    async def campaign_items(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        values, errors = self._query(request, op)
        if errors:
            return self._invalid(op.operation_id, "query", errors)
        items = self._state(account)["campaigns"].get(values["campaign_id"], [])  # an unknown id: no items
        page = paginate(request, items, values.get("limit", DEFAULT_LIMIT), values.get("page", 1))
        shown = []
        for item in page["data"]:
            message = self.store.messages.get(item["sms_id"]) if item["sms_id"] else None
            view = {k: v for k, v in item.items() if k != "sms_id"}
            if message is not None:
                view.update(status=self._word(message), remarks=self._remarks(message) or None)
            shown.append(view)
        page["data"] = shown
        return JSONResponse({"status": True, "message": "SMS Campaign Items", **page})


def _recipients(text: str) -> list[tuple[str, bool]]:
    """Each row's recipient in E.164 and whether Easify can send to it."""
    rows = [row for row in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in row)]
    if not rows:
        return []
    header = [cell.strip().lower() for cell in rows[0]]
    phone_at, code_at = 0, None
    if not any(re.search(r"\d{5}", cell) for cell in header):
        phone_at = next((header.index(c) for c in _PHONE_COLUMNS if c in header), 0)
        code_at = next((header.index(c) for c in _CODE_COLUMNS if c in header), None)
        rows = rows[1:]
    found = []
    for row in rows:
        number = row[phone_at].strip() if phone_at < len(row) else ""
        if not number.startswith("+"):
            code = row[code_at].strip() if code_at is not None and code_at < len(row) else "+1"
            number = "+" + code.lstrip("+") + number
        ok = number.startswith(SUPPORTED_CODES) and outcome(number) not in (Outcome.INVALID, Outcome.BLACKLISTED)
        found.append((number, ok))
    return found
