"""Mobyt / Esendex Italia / Aruba / smSend REST API v1.0 (seeds/004, providers/mobyt.md): keys, orders, credit.

Rules as documented, and the readings taken where the documents are silent:
- Keys: `GET /login` and `GET /token` take `username`/`password` as query parameters or HTTP Basic and answer
  text `user_key;session_key` / `user_key;access_token`. Wrong or no credentials 404, an empty one 400, an unusable
  `Authorization` header (not Basic, not base64 `user:password`) or a switched-off account 401. Other calls carry
  `user_key` plus `Session_key` or `Access_token`: a missing header is 401, then an unknown user_key 404 (with
  the operation's own 404 text on /status, /checksession and /dashboard), then a wrong or expired second key 401.
- A session key dies after 5 idle minutes of virtual time; every authenticated call restarts that timer except
  `/checksession`, which only looks and answers `false` for a wrong or expired key. Access tokens never expire.
- `POST /sms` (201), `/paramsms` and `/smstogroups` (200): `N`, `L`, `LL`; a custom sender only with `N` (an
  alias of at most 11 letters/digits with one letter, or a number), any sender with `L`/`LL` is 400. Text at most
  1000 characters with `encoding` gsm, 450 with ucs2; characters outside GSM with gsm are 400. Recipients are
  deduplicated; a malformed one fails the whole order (400) unless `allowInvalidRecipients`, which lists it as
  `UNKNRCPT`. `order_id` (or a generated 32-hex one) names the order; no uniqueness is documented, so a reused
  one is accepted and then names the latest order sent with it (earlier ones stay in the history). Scheduled
  times in the six documented formats, read in `scheduled_delivery_timezone` (IANA, default Europe/Rome); a time
  already past sends at once. `/paramsms` fills `${name}` per recipient (no value for one: an empty string, as
  no error is documented for it); `id_landing` and
  `short_link_url` need their placeholders in the text (400). Errors answer `{"result": "<text>"}`; a wrong
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

import base64
import binascii
import datetime as dt
import json
import math
import re
import uuid
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import BaseRoute

from smskit.text import Encoding, count_parts, preview
from smskit_sim.numbers import Outcome, digits_of, outcome
from smskit_sim.providers.base import Handler, Provider, ProviderError, any_method, read_body
from smskit_sim.store import Account, Message
from smskit_sim.validation import CompiledOperation, Violation

__all__ = ["Mobyt"]

BASE = "/API/v1.0/REST"
SESSION_IDLE_SECONDS = 300.0
DAY_SECONDS = 86400.0
DEFAULT_ZONE = "Europe/Rome"
PRICES = {"N": 0.06, "L": 0.045, "LL": 0.035}
INTERNAL_TYPE_IDS = {"N": "GP", "L": "TI", "LL": "SI"}
MAX_CHARS = {"gsm": 1000, "ucs2": 450}
# The contact groups of an account whose `groups` setting is unset (the spec example's two groups).
DEFAULT_GROUPS = {"customers": ["+393471234567", "+393471234568", "+393471234569"], "staff": ["+393471234570"]}
# The email product is not simulated: no bandwidth, fixed dates.
EMAIL = {"bandwidth": 0.0, "purchased": "2026-01-01", "billing": "EMAILPERHOUR", "expiry": "2027-01-01"}
LANDING_PLACEHOLDER = "%PAGESLINK____________%"
SHORT_LINK_PLACEHOLDER = "%SHORT_LINK%"
# The 404 of an unknown user_key, where an operation documents its own text for it.
_NOT_FOUND = {"checkSession": "invalid_keys", "getDashboardUrl": "invalid_keys", "getStatus": "invalid_credentials"}
_ORDER_ID = re.compile(r"[A-Za-z0-9._-]{1,32}")
_PLACEHOLDER = re.compile(r"\$\{([^}]*)\}")
_ALIAS = re.compile(r"[A-Za-z0-9 .-]{1,11}")
_NUMERIC_SENDER = re.compile(r"\+?[0-9]{3,16}")
_DIGITS = re.compile(r"[0-9]+")
# Recipients refused at submission, by test-number outcome (the rest are sent).
_REFUSED = {Outcome.BLACKLISTED: "BLACKLISTED", Outcome.UNROUTABLE: "UNKNPFX", Outcome.LANDLINE: "INVALIDDST"}


class _Order:
    """One send request: its recipients' messages and what GET /sms/{order_id} and /smshistory show of it."""

    __slots__ = ("created_at", "demo", "internal_id", "message_ids", "message_type", "order_id", "refused",
                 "scheduled_at", "sender")  # fmt: skip

    def __init__(self, order_id: str, internal_id: str, message_type: str, sender: str | None, created_at: float,
                 scheduled_at: float | None, demo: bool) -> None:  # fmt: skip
        self.order_id, self.internal_id, self.message_type, self.sender = order_id, internal_id, message_type, sender
        self.created_at, self.scheduled_at, self.demo = created_at, scheduled_at, demo
        self.message_ids: list[str] = []
        self.refused: dict[str, str] = {}  # message id -> the status it was refused with at submission


class Mobyt(Provider):
    id = "mobyt"

    def routes(self) -> list[BaseRoute]:
        return [
            self._route("/login", GET=("login", self.login)),
            self._route("/token", GET=("createToken", self.login)),
            self._route("/checksession", GET=("checkSession", self.check_session)),
            self._route("/sms", POST=("sendSms", self.send_sms)),
            self._route("/sms/{order_id}", GET=("getSmsState", self.sms_state), DELETE=("cancelSms", self.cancel)),
            self._route("/paramsms", POST=("sendParametricSms", self.send_parametric)),
            self._route("/smstogroups", POST=("sendSmsToGroups", self.send_to_groups)),
            self._route("/smshistory", GET=("getSmsHistory", self.history)),
            self._route("/status", GET=("getStatus", self.status)),
            self._route("/dashboard", GET=("getDashboardUrl", self.dashboard)),
            self._route(
                "/blacklist/sms",
                POST=("addToBlacklist", self.blacklist_add),
                GET=("listBlacklist", self.blacklist_list),
            ),
            self._route("/blacklist/smsbatch", POST=("addToBlacklistBatch", self.blacklist_batch)),
        ]

    def demo_credentials(self) -> dict[str, Any]:
        return {"username": "demo-mobyt", "password": "demo-mobyt-password"}

    def new_credentials(self, serial: int) -> dict[str, Any]:
        return {"username": f"mobyt-user-{serial:04d}", "password": f"mobyt-password-{serial:04d}"}

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
            scheme, _, value = header.strip().partition(" ")
            try:
                decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
            except (binascii.Error, ValueError):
                decoded = ""
            if scheme.lower() != "basic" or ":" not in decoded:
                return self.error(op_id, "unauthorized")
            username, _, password = decoded.partition(":")
        for account in self.store.accounts_of(self.id):
            if account.credentials["username"] == username and account.credentials["password"] == password:
                return account if account.active else self.error(op_id, "unauthorized")
        return self.error(op_id, "invalid_credentials")

    def error_body(self, entry: dict[str, Any], description: str) -> Response:
        return JSONResponse({"result": description}, status_code=entry["status"])

    def unparsable(self, op: CompiledOperation) -> Response:
        return self.error(op.operation_id, "bad_request", "The request could not be read")

    # --- delivery reports and inbound -----------------------------------------------------------------------
    async def report(self, message: Message) -> None:
        account = self.store.accounts.get(message.account_id)
        order = self._order_of(account, message) if account is not None else None
        if account is None or not account.webhook_url or order is None or order.message_type != "N":
            return
        await self.sim.callbacks.send(
            self.id,
            "delivery_report",
            account.webhook_url,
            "POST",
            form={
                "order_id": order.order_id,
                "status": self._wire_status(message, order),
                "recipient": message.recipient,
                "delivery_date": self._delivery_date(message, order),
            },
        )

    async def inbound(self, account: Account, event: dict[str, Any]) -> dict[str, Any]:
        """Only the Stop SMS service is simulated: a `STOP` reply puts its sender in the blacklist."""
        if event["text"].strip().upper() != "STOP":
            raise ValueError("mobyt: received messages are not simulated; only STOP replies (Stop SMS) are taken")
        if outcome(event["from"]) is Outcome.INVALID:
            raise ValueError("`from` is not a valid phone number")
        added = self._blacklist(account, [event["from"]], "STOPSMS")
        return {"provider": self.id, "account_id": account.id, "from": event["from"], "blacklisted": True,
                "origin": "STOPSMS", "added": added}  # fmt: skip

    # --- request shapes -------------------------------------------------------------------------------------
    def _route(self, path: str, **methods: tuple[str, Handler]) -> BaseRoute:
        """One path; a method it does not serve gets 405 with `Allow`, as the platform's web server answers."""
        endpoints = {method: self.endpoint(op_id, handler) for method, (op_id, handler) in methods.items()}
        allow = ", ".join(endpoints)

        async def dispatch(request: Request) -> Response:
            endpoint = endpoints.get(request.method)
            if endpoint is None:
                body = {"result": f"Request method '{request.method}' not supported"}
                return JSONResponse(body, status_code=405, headers={"Allow": allow})
            return await endpoint(request)

        return any_method(BASE + path, dispatch)

    async def _json(self, request: Request, op: CompiledOperation) -> Any:
        media = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
        if media != "application/json" and not media.endswith("+json"):
            raise ProviderError("bad_request", "Content-Type must be application/json")
        try:
            return json.loads(await read_body(request))
        except (ValueError, RecursionError):
            raise ProviderError("bad_request", "The body is not valid JSON") from None

    async def _object(self, request: Request, op: CompiledOperation) -> dict[str, Any]:
        body = await self._json(request, op)
        if not isinstance(body, dict):
            raise ProviderError("bad_request", "The body must be a JSON object")
        _reject(op.body("application/json", body))
        return body

    def _query(self, request: Request, op: CompiledOperation) -> dict[str, Any]:
        params, violations = op.query(request.query_params)
        _reject(violations)
        return params

    # --- keys and account -----------------------------------------------------------------------------------
    async def login(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        now = self.store.clock.now()
        if "user_key" not in account.resources:
            account.resources["user_key"] = uuid.uuid4().hex[:16]
        key = uuid.uuid4().hex
        if op.operation_id == "login":
            sessions: dict[str, float] = account.resources.setdefault("sessions", {})
            for stale in [k for k, last in sessions.items() if now - last >= SESSION_IDLE_SECONDS]:
                del sessions[stale]
            sessions[key] = now
        else:
            account.resources.setdefault("tokens", {})[key] = now
        return PlainTextResponse(f"{account.resources['user_key']};{key}")

    async def check_session(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        return PlainTextResponse("true" if request.state.session_valid else "false")

    async def dashboard(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        # The simulator's own view of what was sent stands in for the web panel.
        return PlainTextResponse(f"{request.url.scheme}://{request.url.netloc}/_sim/messages?provider={self.id}")

    async def status(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        params = self._query(request, op)
        aliases = params.get("typeAliases") is True
        sms = [{"type": kind if aliases else INTERNAL_TYPE_IDS[kind], "quantity": _affordable(account.balance, price)}
               for kind, price in self._prices(account).items()]  # fmt: skip
        return JSONResponse(
            {
                "money": round(account.balance, 4) if params.get("getMoney") is True else None,
                "sms": sms,
                "email": EMAIL,
            }
        )

    # --- sending --------------------------------------------------------------------------------------------
    async def send_sms(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        body = await self._object(request, op)
        return self._place(account, body, [(n, body["message"]) for n in body["recipient"]], 201)

    async def send_parametric(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        body = await self._object(request, op)
        pairs = []
        for entry in body["recipients"].values():

            def fill(match: re.Match[str], entry: dict[str, Any] = entry) -> str:
                value = entry.get(match.group(1))
                return value if isinstance(value, str) else ""

            pairs.append((entry["recipient"], _PLACEHOLDER.sub(fill, body["message"])))
        return self._place(account, body, pairs, 200)

    async def send_to_groups(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        body = await self._object(request, op)
        groups = account.settings.get("groups")
        groups = groups if isinstance(groups, dict) else DEFAULT_GROUPS
        missing = [name for name in body["recipient"] if not isinstance(groups.get(name), list)]
        if missing:
            raise ProviderError("bad_request", f"Groups not found: {', '.join(missing)}")
        numbers = [n for name in body["recipient"] for n in groups[name] if isinstance(n, str)]
        return self._place(account, body, [(n, body["message"]) for n in numbers], 200)

    def _place(self, account: Account, body: dict[str, Any], pairs: list[tuple[str, str]], status: int) -> Response:
        """Create the order of `pairs` (number, text): the rules shared by the three send calls."""
        kind, now = body["message_type"], self.store.clock.now()
        encoding: Encoding = "ucs2" if body.get("encoding") == "ucs2" else "gsm"
        for field, placeholder in (("id_landing", LANDING_PLACEHOLDER), ("short_link_url", SHORT_LINK_PLACEHOLDER)):
            if field in body and placeholder not in body["message"]:
                raise ProviderError("bad_request", f"{field} needs the placeholder {placeholder} in the message")
        parts = {text: _parts(text, encoding) for text in dict.fromkeys(text for _, text in pairs)}
        sender = self._sender(account, kind, body.get("sender"))
        orders = self._orders(account)
        order_id = body.get("order_id") or uuid.uuid4().hex
        scheduled_at = self._scheduled(body.get("scheduled_delivery_time"), body.get("scheduled_delivery_timezone"))
        plan = self._plan(account, pairs, body.get("allowInvalidRecipients") is True)
        demo = account.settings.get("demo_mode") is True
        price = self._prices(account)[kind]
        costs = [0.0 if refused or demo else parts[text] * price for _, text, _, refused in plan]
        if not self.charge(account, round(sum(costs), 6)):
            raise ProviderError("bad_request", "Not enough credit for this order")
        serial = account.resources["serial"] = account.resources.get("serial", 0) + 1
        stamp = self.store.clock.datetime(now).astimezone(ZoneInfo(DEFAULT_ZONE)).strftime("%Y%m%d%H%M%S")
        order = _Order(order_id, f"{stamp}{serial:06d}", kind, sender, now, scheduled_at, demo)
        orders[order.internal_id] = order
        self._order_ids(account).setdefault(order_id, []).append(order.internal_id)
        log: list[tuple[float, str]] = account.resources.setdefault("sent_log", [])
        for (number, text, result, refused), cost in zip(plan, costs, strict=True):
            message = Message(id=self.store.new_id(), provider=self.id, account_id=account.id, recipient=number,
                              sender=sender, text=text, encoding=encoding, segments=parts[text], outcome=result,
                              created_at=now, scheduled_at=scheduled_at, group=order_id, cost=cost)  # fmt: skip
            if refused:
                message.status, message.final_at = "failed", now
                order.refused[message.id] = refused
            else:
                log.append((now, digits_of(number)))
            self.store.add_message(message)
            order.message_ids.append(message.id)
        sent = [text for _, text, _, refused in plan if not refused]
        answer: dict[str, Any] = {"result": "OK", "order_id": order_id}
        answer["total_sent"] = sum(parts[t] for t in sent) if body.get("returnCredits") is True else len(sent)
        if body.get("returnRemaining") is True:
            answer["remaining_credits"] = _affordable(account.balance, price)
        answer["internal_order_id"] = order.internal_id
        return JSONResponse(answer, status_code=status)

    def _plan(
        self, account: Account, pairs: list[tuple[str, str]], allow_invalid: bool
    ) -> list[tuple[str, str, Outcome, str | None]]:
        """(number, text, outcome, status it is refused with or None) per distinct recipient."""
        blacklist = account.resources.get("blacklist", {})
        words = account.settings.get("refused_words")
        words = [w.lower() for w in words if isinstance(w, str) and w] if isinstance(words, list) else []
        per_user, per_number, counts = self._anti_spam(account)
        seen: set[str] = set()
        plan: list[tuple[str, str, Outcome, str | None]] = []
        for raw, text in pairs:
            result = outcome(raw)
            key = raw if result is Outcome.INVALID else digits_of(raw)
            if key in seen:
                continue
            seen.add(key)
            if result is Outcome.INVALID:
                if not allow_invalid:
                    raise ProviderError("bad_request", f"Invalid recipient: {raw}")
                plan.append((raw, text, result, "UNKNRCPT"))
                continue
            refused = _REFUSED.get(result)
            if key in blacklist:
                refused = "BLACKLISTED"
            elif refused is None and any(w in text.lower() for w in words):
                refused = "INVALIDCONTENTS"
            elif refused is None and per_user is not None and sum(counts.values()) >= per_user:
                refused = "TOOM4USER"
            elif refused is None and per_number is not None and counts.get(key, 0) >= per_number:
                refused = "TOOM4NUM"
            if refused is None:
                counts[key] = counts.get(key, 0) + 1
            plan.append(("+" + key, text, result, refused))
        return plan

    def _anti_spam(self, account: Account) -> tuple[int | None, int | None, dict[str, int]]:
        """The 24-hour limits (None: off) and the messages sent per number in the last 24 hours."""
        log: list[tuple[float, str]] = account.resources.setdefault("sent_log", [])
        since = self.store.clock.now() - DAY_SECONDS
        fresh = next((i for i, (at, _) in enumerate(log) if at > since), len(log))
        del log[:fresh]
        limits = [account.settings.get(k) for k in ("max_sms_per_user_24h", "max_sms_per_number_24h")]
        per_user, per_number = (v if isinstance(v, int) and not isinstance(v, bool) else None for v in limits)
        counts: dict[str, int] = {}
        if per_user is not None or per_number is not None:
            for _, digits in log:
                counts[digits] = counts.get(digits, 0) + 1
        return per_user, per_number, counts

    def _sender(self, account: Account, kind: str, raw: str | None) -> str | None:
        if not raw:
            preferred = account.settings.get("default_sender")
            return preferred if kind == "N" and isinstance(preferred, str) and preferred else None
        if kind != "N":
            raise ProviderError("bad_request", f"Message type {kind} does not allow a custom sender: leave it empty")
        if _NUMERIC_SENDER.fullmatch(raw):
            return raw
        if not _ALIAS.fullmatch(raw) or not any(c.isalpha() for c in raw):
            raise ProviderError("bad_request", f"Invalid sender: {raw}")
        approved = account.settings.get("approved_senders")
        if isinstance(approved, list) and raw not in approved:
            raise ProviderError("bad_request", f"The sender {raw} is not registered and approved")
        return raw

    def _scheduled(self, raw: str | None, zone_name: str | None) -> float | None:
        """The virtual time of a scheduled send, or None to send now (no time, or a time already past)."""
        zone = _zone(zone_name)
        if not raw:
            return None
        try:
            at = self.store.clock.at(_schedule_datetime(raw).replace(tzinfo=zone))
        except (ValueError, OverflowError):
            raise ProviderError("bad_request", f"Invalid scheduled_delivery_time: {raw}") from None
        return at if at > self.store.clock.now() else None

    # --- orders ---------------------------------------------------------------------------------------------
    async def sms_state(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        order = self._order(account, request, "order_not_found")
        recipients = [
            {"destination": m.recipient, "status": self._wire_status(m, order),
             "delivery_date": self._delivery_date(m, order)}
            for m in self._messages(order)
        ]  # fmt: skip
        return JSONResponse({"recipient_number": len(recipients), "result": "OK", "recipients": recipients})

    async def cancel(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        order = self._order(account, request, "order_not_cancellable")
        waiting = [m for m in self._messages(order) if m.id not in order.refused]
        if not waiting or any(m.status != "scheduled" for m in waiting):
            raise ProviderError("order_not_cancellable")
        for message in waiting:
            self.store.cancel(message)
            account.balance = round(account.balance + message.cost, 6)
        self._forget(account, order)
        return JSONResponse({"result": "OK"})

    async def history(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        params = self._query(request, op)
        zone = _zone(params.get("timezone"))
        start = self._instant(params["from"], "%Y%m%d%H%M%S", zone, "from")
        end = self._instant(params["to"], "%Y%m%d%H%M%S", zone, "to") if "to" in params else self.store.clock.now()
        found = [o for o in self._orders(account).values() if start <= o.created_at <= end]
        found.sort(key=lambda o: o.created_at, reverse=True)
        page, size = params.get("pageNumber", 1), params.get("pageSize", 10)
        entries = [
            {"order_id": o.order_id, "create_time": self._format(o.created_at, zone),
             "schedule_time": "" if o.scheduled_at is None else self._format(o.scheduled_at, zone),
             "message_type": o.message_type, "sender": o.sender or "", "num_recipients": len(o.message_ids)}
            for o in found[(page - 1) * size : page * size]
        ]  # fmt: skip
        return JSONResponse(
            {"total": len(found), "pageNumber": page, "result": "OK", "pageSize": size, "smshistory": entries}
        )

    def _order(self, account: Account, request: Request, missing: str) -> _Order:
        order_id = request.path_params["order_id"]
        placed = self._order_ids(account).get(order_id, []) if _ORDER_ID.fullmatch(order_id) else []
        if not placed:
            raise ProviderError(missing)
        return self._orders(account)[placed[-1]]  # a reused order_id names its latest order

    def _messages(self, order: _Order) -> Iterator[Message]:
        return (self.store.messages[mid] for mid in order.message_ids if mid in self.store.messages)

    def _wire_status(self, message: Message, order: _Order) -> str:
        """The documented status word for where the message is in the store's lifecycle."""
        status = message.status
        if message.id in order.refused:
            return order.refused[message.id]
        if status == "scheduled":
            return "SCHEDULED"
        if status == "queued":
            return "WAITING"
        if order.demo:
            return "DEMO"
        if status == "failed":
            return "KO" if message.outcome is Outcome.DO_NOT_DISTURB else "ERROR"
        if order.message_type != "N":  # no delivery report: handed over is all the platform learns
            return "SENT"
        return {"sent": "WAIT4DLVR", "expired": "TIMEOUT"}.get(status, "DLVRD")

    def _delivery_date(self, message: Message, order: _Order) -> str:
        if message.status != "delivered" or order.message_type != "N" or order.demo or message.final_at is None:
            return ""
        return self._format(message.final_at, ZoneInfo(DEFAULT_ZONE))

    # --- blacklist ------------------------------------------------------------------------------------------
    async def blacklist_add(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        params, violations = op.query(request.query_params)
        if any(v.rule == "required" for v in violations):
            raise ProviderError("bad_request", "phoneNumber is required")
        if violations or outcome(params["phoneNumber"]) is Outcome.INVALID:
            raise ProviderError("invalid_recipient")
        self._blacklist(account, [params["phoneNumber"]], "API")
        return Response(status_code=200)

    async def blacklist_batch(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        body = await self._json(request, op)
        if not isinstance(body, list) or not body:
            raise ProviderError("bad_request", "The body must be a non-empty JSON array of phone numbers")
        if op.body("application/json", body) or any(outcome(n) is Outcome.INVALID for n in body):
            raise ProviderError("invalid_recipient")
        return JSONResponse(self._blacklist(account, body, "API"))

    async def blacklist_list(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        params = self._query(request, op)
        zone = _zone(params.get("timezone"))
        start = self._instant(params["from"], "%Y-%m-%d %H:%M:%S", zone, "from") if "from" in params else -math.inf
        end = self._instant(params["to"], "%Y-%m-%d %H:%M:%S", zone, "to") if "to" in params else math.inf
        origins = set(params["origins"].split(",")) if "origins" in params else None
        needle = params.get("number", "")
        found = [
            entry for entry in account.resources.get("blacklist", {}).values()
            if start <= entry["added"] <= end and needle in entry["phoneNumber"]
            and (origins is None or entry["origin"] in origins)
        ]  # fmt: skip
        found.sort(key=lambda e: e["added"], reverse=True)
        page, size = params.get("pageNumber", 1), params.get("pageSize", 10)
        items = [
            {"phoneNumber": e["phoneNumber"], "addedDate": self._format(e["added"], zone, "%Y-%m-%d %H:%M:%S"),
             "origin": e["origin"]}
            for e in found[(page - 1) * size : page * size]
        ]  # fmt: skip
        return JSONResponse({"result": "OK", "total": len(found), "pageNumber": page, "pageSize": size,
                             "blacklist": items})  # fmt: skip

    def _blacklist(self, account: Account, numbers: list[str], origin: str) -> int:
        """Add numbers to the account's blacklist; how many were not in it yet."""
        blacklist: dict[str, dict[str, Any]] = account.resources.setdefault("blacklist", {})
        added = 0
        for number in numbers:
            digits = digits_of(number)
            if digits not in blacklist:
                blacklist[digits] = {"phoneNumber": "+" + digits, "added": self.store.clock.now(), "origin": origin}
                added += 1
        return added

    # --- helpers --------------------------------------------------------------------------------------------
    @staticmethod
    def _orders(account: Account) -> dict[str, _Order]:
        """The account's orders by internal order id (unique), in the order they were placed."""
        orders: dict[str, _Order] = account.resources.setdefault("orders", {})
        return orders

    @staticmethod
    def _order_ids(account: Account) -> dict[str, list[str]]:
        """order_id -> internal ids of the orders placed with it, oldest first (an order_id may be reused)."""
        index: dict[str, list[str]] = account.resources.setdefault("order_ids", {})
        return index

    def _order_of(self, account: Account, message: Message) -> _Order | None:
        orders = self._orders(account)
        for internal_id in reversed(self._order_ids(account).get(message.group or "", [])):
            if message.id in orders[internal_id].message_ids:
                return orders[internal_id]
        return None

    def _forget(self, account: Account, order: _Order) -> None:
        del self._orders(account)[order.internal_id]
        placed = self._order_ids(account)[order.order_id]
        placed.remove(order.internal_id)
        if not placed:
            del self._order_ids(account)[order.order_id]

    @staticmethod
    def _prices(account: Account) -> dict[str, float]:
        custom = account.settings.get("prices")
        custom = custom if isinstance(custom, dict) else {}
        prices = dict(PRICES)
        for kind, price in custom.items():
            if kind in prices and isinstance(price, int | float) and not isinstance(price, bool) and price > 0:
                prices[kind] = float(price)
        return prices

    def _instant(self, raw: str, fmt: str, zone: ZoneInfo, field: str) -> float:
        try:
            return self.store.clock.at(dt.datetime.strptime(raw, fmt).replace(tzinfo=zone))
        except (ValueError, OverflowError):
            raise ProviderError("bad_request", f"Invalid date in {field}: {raw}") from None

    def _format(self, at: float, zone: ZoneInfo, fmt: str = "%Y%m%d%H%M%S") -> str:
        return self.store.clock.datetime(at).astimezone(zone).strftime(fmt)


def _reject(violations: list[Violation]) -> None:
    """Answer the first broken rule with the documented 400, naming the parameter."""
    for violation in violations:
        if violation.rule == "required":
            raise ProviderError("bad_request", f"Missing parameter: {violation.field}")
        raise ProviderError("bad_request", f"Invalid parameter {violation.field or 'body'}: {violation.message[:200]}")


def _zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except Exception:  # unknown or malformed IANA names raise several kinds of error
        raise ProviderError("bad_request", f"Unknown time zone: {name}") from None


def _schedule_datetime(raw: str) -> dt.datetime:
    """A naive datetime from one of the documented formats (ValueError otherwise)."""
    if _DIGITS.fullmatch(raw):
        if len(raw) in (6, 10):  # ddMMyy[HHmm]
            year, month, day, rest = 2000 + int(raw[4:6]), int(raw[2:4]), int(raw[0:2]), raw[6:]
        elif len(raw) in (8, 14):  # yyyyMMdd[HHmmss]
            year, month, day, rest = int(raw[0:4]), int(raw[4:6]), int(raw[6:8]), raw[8:]
        else:
            raise ValueError(raw)
        hour, minute, second = (int(rest[i : i + 2] or 0) for i in (0, 2, 4))
        return dt.datetime(year, month, day, hour, minute, second)
    return dt.datetime.strptime(raw.removesuffix(".0"), "%Y-%m-%d %H:%M")


def _parts(text: str, encoding: Encoding) -> int:
    """Parts of a text, after the documented limits: 1000 characters with gsm, 450 with ucs2."""
    shape = preview(text)
    if encoding == "gsm" and shape.encoding == "ucs2":
        outside = "".join(shape.ucs2_characters[:10])
        raise ProviderError("bad_request", f"The message has characters outside GSM ({outside}): use encoding ucs2")
    if shape.characters > MAX_CHARS[encoding]:
        raise ProviderError("bad_request", f"The message is longer than {MAX_CHARS[encoding]} characters")
    return count_parts(text, encoding)


def _affordable(balance: float, price: float) -> int:
    return max(0, math.floor(balance / price + 1e-9))
