"""EzzySMS API v1 (seeds/001, providers/easysendsms-easify-ezzysms.md (c)): send (JSON POST or query GET), balance.

Rules as documented, and the readings this module takes where the documents are silent:

- Paths `/api/v1/messaging` and `/api/v1/balance`, each with and without a trailing slash (the documents show
  both). The spec posts to `/messaging/` (every POST sample has the slash) and sends by GET to `/messaging` (the
  GET samples have none); the simulator serves each method at both spellings, as one resource: POST
  (`sendMessage`, JSON body, read as JSON whatever its Content-Type) and GET (`sendMessageByQuery`, query
  string); `/balance` takes GET (and HEAD). Any other method gets a bare
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
  2. `from` (optional, the account's default sender otherwise) not a sender the spec's `x-smskit-sender` takes
     (up to 11 letters of any script, digits and spaces, not blank, or a number of at most 15 digits with an
     optional `+`): 402 InvalidSenderId; with the account setting `approved_senders`, it must also be one of those.
  3. `message` missing, empty, or longer than the spec's `x-smskit-text` allows (one part: 160 GSM-7 characters,
     extension characters counting twice; 70 UTF-16 units once any character needs UCS-2): 502
     RejectedByGateway, "Message rejected by the gateway".
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

from collections.abc import Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute

from smskit_sim import credentials
from smskit_sim.providers.ezzysms.routes import Routes, decoded
from smskit_sim.providers.ezzysms.rules import DETAILS
from smskit_sim.providers.http import any_method, basic_credentials
from smskit_sim.store import Account
from smskit_sim.validation import CompiledOperation
from smskit_specs.model import ErrorEntry

__all__ = ["EzzySMS"]


class EzzySMS(Routes):
    id = "ezzysms"
    head = "served"
    # 405 is a bare status line, as the web server in front answers: the provider's own 405 is InsufficientBalance.

    def routes(self) -> list[BaseRoute]:
        """Each path of the spec with and without its trailing slash, the methods of both spellings together
        (the spec writes POST at `/messaging/` and GET at `/messaging`: one resource)."""
        paths: dict[str, dict[str, str]] = {}
        for op in self.model.operations.values():
            paths.setdefault(op.path.rstrip("/"), {})[op.method] = op.id
        found: list[BaseRoute] = []
        for path, methods in paths.items():
            full = self.base_path + path
            dispatch = self._path_endpoint(full, dict(sorted(methods.items())))  # Allow: GET, POST
            found += [any_method(full, dispatch), any_method(full + "/", dispatch)]
        return found

    def demo_credentials(self) -> dict[str, Any]:
        return credentials.demo(self.id)

    def new_credentials(self, serial: int) -> dict[str, Any]:
        return credentials.mint(self.id, serial)

    def authenticate(self, request: Request, op: CompiledOperation) -> Account | Response:
        op_id = op.operation_id
        given: list[tuple[str, str] | None] = []  # every place that carries credentials; None: unreadable there
        header = request.headers.get("authorization")
        if header is not None:
            given.append(basic_credentials(header))
        body = decoded(request) if op.method == "post" else None
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

    def error_body(self, entry: ErrorEntry, description: Any) -> Response:
        code = entry.code
        details = DETAILS.get(int(code), description) if description == entry.description else description
        body = {"status": "error", "error_code": code, "message": entry.description, "details": details}
        return JSONResponse(body, status_code=entry.status)

    def unparsable(self, op: CompiledOperation) -> Response:
        return self.error(op.operation_id, 403, "The request could not be read: no recipient found")


def _pair(source: Mapping[str, Any]) -> tuple[str, str] | None:
    """`username` and `password` from a JSON body or the query string, when both are non-empty strings."""
    username, password = source.get("username"), source.get("password")
    if isinstance(username, str) and isinstance(password, str) and username and password:
        return username, password
    return None
