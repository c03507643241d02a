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
national part (the documents write it without country code, the PHP sample with `+1`: both match); recipient =
`country_code` + `to_number`, only the spec's `country_code` enum (`+1`, `+972`, `+44`). Test numbers
(numbers.py): invalid -> 400 `InvalidRecipient!`; `...9990` -> 400 blacklisted; every other one is accepted
(Easify's DNC registry does not stop API sends) and ends as its outcome says. Cost: 1 credit per SMS part (GSM-7
/ UCS-2 parts), `MMS_CREDITS` for a message with media (a reading: prices are not documented). Outside the
opening hours a send is held until the next opening unless `force_send` is 1. Status words: scheduled ->
`Scheduled`, queued -> `Pending`, sent -> `Success`, delivered -> `Delivered`, failed / expired -> `Undelivered`
(`Failed` when the network was unroutable, `...9992`). Each final status is POSTed (JSON, signed) to the
account's `webhook_url` (control API; Easify sets it in the web app), its `created_at` the message's creation
time as on every Easify record (the spec's reading "Status webhook time": the payload carries no status time).
Inbound SMS (POST /_sim/inbound, `to` = one of the account's numbers) join the chat history and are POSTed to that
number's `webhook_url`.

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

import math
from http import HTTPStatus
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from smskit_sim import credentials
from smskit_sim.providers.easify import rules, state
from smskit_sim.providers.easify.routes import Routes
from smskit_sim.store import Account, Message
from smskit_sim.validation import CompiledOperation
from smskit_specs.model import ErrorEntry

__all__ = ["Easify"]


class Easify(Routes):
    id = "easify"
    head = "listed"
    not_allowed_json = ("message", "The {method} method is not supported for route {path}. Supported methods: {allow}.")

    def demo_credentials(self) -> dict[str, Any]:
        return credentials.demo(self.id)

    def new_credentials(self, serial: int) -> dict[str, Any]:
        return credentials.mint(self.id, serial)

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

    def error_body(self, entry: ErrorEntry, description: Any) -> Response:
        field = rules.field_of(entry.code)
        if field is None:
            return JSONResponse({"status": False, "message": description, "errors": []}, status_code=entry.status)
        detail = rules.DETAIL.get(str(entry.code), description)
        return JSONResponse({"message": description, "errors": {field: [detail]}}, status_code=entry.status)

    def error_for_status(self, op_id: str, status: int) -> Response:
        if any(entry.status == status for entry in self.errors[op_id].values()):
            return super().error_for_status(op_id, status)
        try:  # what Laravel answers a JSON client when debugging is off
            phrase = "Server Error" if status == 500 else HTTPStatus(status).phrase
        except ValueError:
            phrase = "Server Error"
        return JSONResponse({"message": phrase}, status_code=status)

    def unparsable(self, op: CompiledOperation) -> Response:
        """Laravel reads an unreadable body as no input: the first required field is reported missing."""
        for code, entry in self.errors[op.operation_id].items():
            if str(code).endswith("_required") and entry.status == 422:
                return self.error(op.operation_id, code)
        return self.error_for_status(op.operation_id, 500)

    def rate_limited(self, op_id: str, retry_after: float) -> Response:
        seconds = max(1, math.ceil(retry_after))
        message = f"Too many requests. Try again in {seconds} seconds"
        response = JSONResponse({"status": False, "message": message, "errors": []}, status_code=429)
        response.headers["Retry-After"] = str(seconds)
        return response

    # --- callbacks --------------------------------------------------------------------------------------------
    async def report(self, message: Message) -> None:
        account = self.store.accounts[message.account_id]
        if not account.webhook_url:
            return
        history = self.state(account)["history"]
        record = next((r for r in reversed(history) if r["sms_id"] == message.id), None)
        payload = {
            "sms_id": message.id,
            "sender": message.sender or "",
            "receiver": message.recipient,
            "sms_type": record["sms_type"] if record else "sms",
            "message": message.text,
            "media_url": record["media_url"] if record else "",
            "status": state.word(message),
            "remarks": state.remarks(message),
            "created_at": self.store.clock.datetime(message.created_at).strftime("%Y-%m-%d %H:%M:%S"),
        }
        headers = rules.signed(account, payload)
        await self.ctx.callbacks.send(self.id, "sms_status", account.webhook_url, "POST", json=payload, headers=headers)

    async def inbound(self, account: Account, event: dict[str, Any]) -> dict[str, Any]:
        resources = self.state(account)
        number = state.own_number(resources, event["to"])
        if number is None:
            raise ValueError("`to` must be one of the account's numbers (credential from_numbers)")
        sender = event["from"].strip()
        sender = "+" + sender.removeprefix("+").removeprefix("00") if not sender.startswith("+") else sender
        if not sender[1:].isdigit():
            raise ValueError("`from` must be a phone number in international form")
        now = self.store.clock.now()
        record = {"id": state.next_serial(resources, "record"), "sms_id": None, "number": number["number"],
                  "contact": sender, "send_by": "receiver", "message": event["text"], "sms_type": "sms",
                  "media_url": "", "created_at": now}  # fmt: skip
        resources["history"].append(record)
        if number["webhook_url"]:
            at = self.store.clock.datetime(now).strftime("%Y-%m-%d %H:%M:%S")
            payload = {"sender": sender, "receiver": number["number"], "sms_type": "sms", "message": event["text"],
                       "media_url": "", "created_at": at}  # fmt: skip
            headers = rules.signed(account, payload)
            await self.ctx.callbacks.send(self.id, "inbound_sms", number["webhook_url"], "POST", json=payload,
                                          headers=headers)  # fmt: skip
        return self.record(record)
