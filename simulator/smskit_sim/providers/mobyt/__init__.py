"""Mobyt / Esendex Italia / Aruba / smSend REST API v1.0 (seeds/004, providers/mobyt.md): keys, orders, credit.

Rules as documented, and the readings taken where the documents are silent:
- Keys: `GET /login` and `GET /token` take `username`/`password` as query parameters or HTTP Basic and answer
  text `user_key;session_key` / `user_key;access_token`. Wrong or no credentials 404, an empty one 400, an unusable
  `Authorization` header (not Basic, not base64 `user:password`) or a switched-off account 401. Other calls carry
  `user_key` plus `Session_key` or `Access_token` (names compared without regard to case, as HTTP does, but a
  hyphen is no underscore: `User-Key` is a missing header): a missing header is 401, then an unknown user_key
  404 (with the operation's own 404 text on /status, /checksession and /dashboard), then a wrong or expired second
  key 401.
- A session key dies after 5 idle minutes of virtual time; every authenticated call restarts that timer except
  `/checksession`, which only looks and answers `false` for a wrong or expired key. Access tokens never expire.
- `POST /sms` (201), `/paramsms` and `/smstogroups` (200): `N`, `L`, `LL`; a custom sender only with `N` (one the
  spec's `x-smskit-sender` takes: an alias of at most 11 letters of any script, digits and spaces, or a number of
  at most 15 digits), any sender with `L`/`LL` is 400. Text at most the spec's `x-smskit-text.max_chars`: 1000
  characters with `encoding` gsm, 450 with ucs2; characters outside GSM with gsm are 400. Recipients are
  deduplicated; a malformed one fails the whole order (400) unless `allowInvalidRecipients`, which lists it as
  `UNKNRCPT`. `order_id` (or a generated 32-hex one) names the order; no uniqueness is documented, so a reused
  one is accepted and then names the latest order sent with it (earlier ones stay in the history). Scheduled
  times in the six documented formats or ISO-8601 (what the vendor's Python and C# samples send), read in
  `scheduled_delivery_timezone` (IANA, default Europe/Rome) unless they carry an offset; any other text (the Java
  sample's Gson date) is 400; a time already past sends at once. `/paramsms` fills `${name}` per recipient (no
  value for one: an empty string, as no error is documented for it); `id_landing` and `short_link_url` need their
  placeholders in the text (400). Errors answer `{"result": "<text>"}`; a wrong
  method 405 with `Allow`.
- Money: the balance is money; a part costs the type's price (`prices`). `/status` reports per type how many
  one-part messages the money buys (`typeAliases=false`: internal ids `GP`, `TI`, `SI` for N, L, LL, the codes
  the sister platform sells the same three routes under). Not enough money for the order: 400, nothing sent.
- Recipients refused at submission (not charged; stored as failed messages; no report): the account's blacklist
  and `...9990` BLACKLISTED, `...9992` UNKNPFX, `...9998` (landline) INVALIDDST, and the switches below. Sent ones
  go WAITING -> WAIT4DLVR (`N`) -> DLVRD, or KO (`...9991`, refused by the operator), ERROR (`...9993`), TIMEOUT
  (`...9994`, `...9995`); `...9997` stays WAIT4DLVR. `L`/`LL` carry no delivery report: SENT once handed over
  (or KO / ERROR when the operator refuses it). `delivery_date` (Europe/Rome) only once delivered.
- Delivery reports, `N` only, to the account's `webhook_url` (set through the control API): POST form
  `order_id`, `status`, `recipient`, `delivery_date`, once per recipient reaching a final state.
- `DELETE /sms/{order_id}` cancels an order while all its sent-to recipients are SCHEDULED (money refunded, the
  order forgotten); otherwise, or for an unknown order, 404. A malformed order id is simply not found (404).
- Blacklist: numbers `+<digits>` / `00<digits>`; the batch call is all or nothing and answers how many numbers
  were newly added. An inbound `STOP` injected with POST /_sim/inbound blacklists its sender (origin STOPSMS).
- No rate limit is documented, so none is enforced.

Account settings (PATCH /_sim/accounts/{id} {"settings": {...}}):
- `prices`: price of one part per type, default {"N": 0.06, "L": 0.045, "LL": 0.035}.
- `approved_senders`: list of approved aliases; when set, any other alphanumeric sender is 400.
- `default_sender`: the preferred sender used by `N` orders that give none.
- `groups`: {"group name": ["+39...", ...]}, the contact groups `/smstogroups` sends to (unknown group: 400);
  unset, every account has `customers` (3 numbers) and `staff` (1 number), the groups of the spec's example.
- `max_sms_per_user_24h` / `max_sms_per_number_24h`: anti-spam limits; recipients past them get TOOM4USER /
  TOOM4NUM (off by default).
- `refused_words`: texts containing one of them (any case) get INVALIDCONTENTS for every recipient.
- `demo_mode`: messages are not charged and end as DEMO.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from smskit_sim import credentials
from smskit_sim.numbers import Outcome, outcome
from smskit_sim.providers.http import basic_credentials
from smskit_sim.providers.mobyt import rules, state
from smskit_sim.providers.mobyt.routes import SESSION_IDLE_SECONDS, Routes
from smskit_sim.store import Account, Message
from smskit_sim.validation import CompiledOperation
from smskit_specs.model import ErrorEntry

__all__ = ["Mobyt"]

# The 404 of an unknown user_key, where an operation documents its own text for it.
_NOT_FOUND = {"checkSession": "invalid_keys", "getDashboardUrl": "invalid_keys", "getStatus": "invalid_credentials"}


class Mobyt(Routes):
    id = "mobyt"
    not_allowed_json = ("result", "Request method '{method}' not supported")  # the platform's web server

    def demo_credentials(self) -> dict[str, Any]:
        return credentials.demo(self.id)

    def new_credentials(self, serial: int) -> dict[str, Any]:
        return credentials.mint(self.id, serial)

    # --- authentication -------------------------------------------------------------------------------------
    def authenticate(self, request: Request, op: CompiledOperation) -> Account | Response:
        op_id = op.operation_id
        if op_id in ("login", "createToken"):
            return self._credentials(request, op)
        headers = request.headers
        user_key = headers.get("user_key")
        if not user_key or ("session_key" not in headers and "access_token" not in headers):
            return self.error(op_id, "unauthorized")  # a key header not provided
        account = next((a for a in self.store.accounts_of(self.id) if a.resources.get("user_key") == user_key), None)
        if account is None:
            return self.error(op_id, _NOT_FOUND.get(op_id, "user_key_not_found"))
        valid = self._keys_valid(account, request, refresh=op_id != "checkSession") and account.active
        if op_id == "checkSession":
            request.state.session_valid = valid
            return account
        return account if valid else self.error(op_id, "unauthorized")

    def _keys_valid(self, account: Account, request: Request, refresh: bool) -> bool:
        """Whether the second key is good; a live session is renewed."""
        session = request.headers.get("session_key")
        if session is not None:
            sessions: dict[str, float] = account.resources.setdefault("sessions", {})
            now, last = self.store.clock.now(), sessions.get(session)
            if last is None:
                return False
            if now - last >= SESSION_IDLE_SECONDS:
                del sessions[session]
                return False
            if refresh:
                sessions[session] = now
            return True
        return request.headers.get("access_token") in account.resources.get("tokens", {})

    def _credentials(self, request: Request, op: CompiledOperation) -> Account | Response:
        op_id = op.operation_id
        params = self._query(request, op)  # an empty username or password is 400
        username, password = params.get("username"), params.get("password")
        header = request.headers.get("authorization")
        if username is None and password is None and header is not None:
            credentials = basic_credentials(header)
            if credentials is None:
                return self.error(op_id, "unauthorized")
            username, password = credentials
        for account in self.store.accounts_of(self.id):
            if account.credentials["username"] == username and account.credentials["password"] == password:
                return account if account.active else self.error(op_id, "unauthorized")
        return self.error(op_id, "invalid_credentials")

    def error_body(self, entry: ErrorEntry, description: Any) -> Response:
        return JSONResponse({"result": description}, status_code=entry.status)

    def unparsable(self, op: CompiledOperation) -> Response:
        return self.error(op.operation_id, "bad_request", "The request could not be read")

    # --- delivery reports and inbound -----------------------------------------------------------------------
    async def report(self, message: Message) -> None:
        account = self.store.accounts.get(message.account_id)
        order = state.order_of(account, message) if account is not None else None
        if account is None or not account.webhook_url or order is None or order.message_type != "N":
            return
        await self.ctx.callbacks.send(
            self.id,
            "delivery_report",
            account.webhook_url,
            "POST",
            form={
                "order_id": order.order_id,
                "status": rules.wire_status(message, order),
                "recipient": message.recipient,
                "delivery_date": rules.delivery_date(message, order, self.store.clock),
            },
        )

    async def inbound(self, account: Account, event: dict[str, Any]) -> dict[str, Any]:
        """Only the Stop SMS service is simulated: a `STOP` reply puts its sender in the blacklist."""
        if event["text"].strip().upper() != "STOP":
            raise ValueError("mobyt: received messages are not simulated; only STOP replies (Stop SMS) are taken")
        if outcome(event["from"]) is Outcome.INVALID:
            raise ValueError("`from` is not a valid phone number")
        added = state.add_to_blacklist(account, [event["from"]], "STOPSMS", self.store.clock.now())
        return {"provider": self.id, "account_id": account.id, "from": event["from"], "blacklisted": True,
                "origin": "STOPSMS", "added": added}  # fmt: skip
