"""TransmitSMS / Burst SMS "v1" REST API (seeds/003, providers/transmitsms.md): every method, with state.

Requests, as documented: each method is `/<method>.json` (or `.xml`: the same answer serialised as XML; the
official PHP client's `/2/` prefix is accepted too), by GET with query parameters or by POST with a form body;
a POST's query string is merged into its form, as recorded clients rely on. HTTP Basic with the API key and
secret (401 `AUTH_FAILED_NO_DATA` without credentials, `AUTH_FAILED` with wrong ones). Every answer carries the
`error` block, `SUCCESS` / `OK` on success. An unknown method answers `NOT_IMPLEMENTED` (404), a path without
a suffix a plain 404 page, another HTTP verb 405 with `Allow: GET, POST` and the `NOT_IMPLEMENTED` block. A
missing or empty required field (empty after PHP's trim(), which strips only " \t\n\r\0\x0b") is `FIELD_EMPTY`
("Required field 'msisdn' is empty"), a malformed one `FIELD_INVALID`, a malformed `from` `BAD_CALLER_ID`; a
field the method does not know is ignored, as the provider's own examples show; integers have no 64-bit bound
(none is documented); the spec's rate limit (2 calls a second per account: 429 `OVER_LIMIT`), recipients per
send (500) and text length (4 parts: 612 GSM-7 / 268 UCS-2 characters).

`routes.py` reads requests and writes answers; the rules of each method are in `rules.py`, the records and
number handling in `state.py`. Their readings, in short: numbers are international
digits, local ones converted with `countrycode` (phonenumbers); a recipient's fate is the test-number rule
(invalid and unroutable numbers are dropped as `fails`, blacklisted ones skipped as opt-outs, undeliverable /
do-not-disturb ones hard-bounce, handset-off / absent ones soft-bounce); `RECIPIENTS_ERROR` describes what was
dropped as `{"fails": [...], "optouts": [...]}`; send-sms costs `sms_price` per part; a numeric `from` must be
an active number the account leases; a past `send_at` sends at once; cancel-sms refunds the cost. Every
account starts with the documents' example numbers leased (61418279031, 61436446702, 61477333222, and
61400000900, expired) and 61417861086 plus 61400000101-61400000120 available for lease at 25.00 a month.
Delivery reports go by GET to the message's `dlr_callback`, else the account's `dlr_callback` setting, else its
`webhook_url`; replies injected with POST /_sim/inbound (a first word STOP opts the sender out; a keyword on the
number adds the sender to its list) go to the message's `reply_callback`, the keyword's or number's
`forward_url`, else the `reply_callback` setting. A callback that fails is retried after 1 min, 5 min, 1 h and
24 h of virtual time, as documented. Callback and forward URLs are any absolute URI, private and loopback hosts
included: no provider document refuses them (FIELD_UNSAFE is one third-party SDK's own check).

The reporting methods read the stored messages: get-sms-sent-count (SMS parts sent in a window of at most 7 calendar
days, default the last 24 hours), get-user-sms-sent (one row per recipient, its id the message id times 1000 plus the
recipient's place), get-contact-sms-stats, get-message-report (`api` for sends to numbers, `campaign` for list sends).
add-contacts-bulk reads its CSV from a `data:` URL (`data:text/csv,mobile%0A61491570156`, base64 too): the simulator
reaches no network, so an import from any other URL fails. Its rows are applied at once and add-contacts-bulk-progress
reports `in progress` until one virtual second per 1,000 rows (at least one) has passed. edit-number-options sets what a
leased number does with inbound SMS (its forward URL gets them, its list gains their senders); add-email / delete-email
keep the account's Email to SMS addresses (`*@domain` removes a whole domain).

Account settings (PATCH /_sim/accounts/{id} {"settings": {...}}):
- `currency` (str, default "AUD"): get-balance's currency and clients'.
- `sms_price` (number, default 0.087): the price of one SMS part; `number_price` (default 25.0) of a lease.
- `reseller` (bool, default true): false makes get-clients, get-client with `client_id` and add-client answer
  `NO_ACCESS` (clients created with add-client are not resellers).
- `global_optout` (bool, default false): an opt-out from one list also opts the number out account-wide.
- `dlr_callback`, `reply_callback` (str): the account's default callback URLs (its SETTINGS page).
- `name`, `email`, `timezone` (str): what get-client shows for the account itself.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from smskit_sim import credentials
from smskit_sim.providers.http import basic_token
from smskit_sim.providers.transmitsms.routes import Routes
from smskit_sim.store import Account, Message
from smskit_sim.validation import CompiledOperation
from smskit_specs.model import ErrorEntry

__all__ = ["TransmitSMS"]

# "Unreachable endpoints are retried up to 4 times (after 1 min, 5 min, 1 h, 24 h)" (providers/transmitsms.md
# callbacks). What counts as unreachable is not said; any failed attempt (no connection, or no 2xx) is retried,
# the reading that tests a receiver's handling of repeats hardest.
CALLBACK_RETRIES = (60.0, 300.0, 3600.0, 86400.0)


class TransmitSMS(Routes):
    id = "transmitsms"
    not_allowed_code = "NOT_IMPLEMENTED"  # its `error` block, with status 405

    def demo_credentials(self) -> dict[str, Any]:
        return credentials.demo(self.id)

    def new_credentials(self, serial: int) -> dict[str, Any]:
        return credentials.mint(self.id, serial)

    def authenticate(self, request: Request, op: CompiledOperation) -> Account | Response:
        header = request.headers.get("authorization", "")
        if not header.strip():
            return self.error(op.operation_id, "AUTH_FAILED_NO_DATA")
        decoded = basic_token(header)
        if decoded is None:
            return self.error(op.operation_id, "AUTH_FAILED")
        if decoded in ("", ":"):
            return self.error(op.operation_id, "AUTH_FAILED_NO_DATA")
        key, _, secret = decoded.partition(":")  # a client made by add-client may have an empty secret
        for account in self.store.accounts_of(self.id):
            if account.credentials["api_key"] == key and account.credentials["api_secret"] == secret:
                return account if account.active else self.error(op.operation_id, "AUTH_FAILED")
        return self.error(op.operation_id, "AUTH_FAILED")

    def error_body(self, entry: ErrorEntry, description: Any) -> Response:
        return JSONResponse({"error": {"code": entry.code, "description": description}}, status_code=entry.status)

    def unparsable(self, op: CompiledOperation) -> Response:
        return self.error(op.operation_id, "FIELD_INVALID", "The request could not be read")

    async def report(self, message: Message) -> None:
        found = self.rules.delivery_report(message)
        if found is not None:
            await self.ctx.callbacks.send(self.id, "delivery_report", found[0], "GET", params=found[1],
                                          retry_delays=CALLBACK_RETRIES, now=self.store.clock.now())  # fmt: skip

    async def inbound(self, account: Account, event: dict[str, Any]) -> dict[str, Any]:
        reply, url, params = self.rules.receive(account, event)
        if url:
            await self.ctx.callbacks.send(self.id, "reply", url, "GET", params=params, retry_delays=CALLBACK_RETRIES,
                                          now=self.store.clock.now())  # fmt: skip
        return {"provider": self.id, "response_id": reply.id, "message_id": reply.message_id or None,
                "keyword_id": reply.keyword_id, "mobile": reply.msisdn, "longcode": reply.longcode,
                "response": reply.response, "is_optout": reply.is_optout, "callback_url": url}  # fmt: skip
