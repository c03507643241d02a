"""Mobyt handlers, one per operationId of the spec."""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from smskit_gsm import Encoding
from smskit_sim.numbers import Outcome, digits_of, outcome
from smskit_sim.providers.base import Provider, ProviderError
from smskit_sim.providers.http import loads, media_type, read_body
from smskit_sim.providers.mobyt import rules, state
from smskit_sim.providers.mobyt.state import Order
from smskit_sim.store import Account, Message
from smskit_sim.validation import CompiledOperation

__all__ = ["SESSION_IDLE_SECONDS", "Routes"]

SESSION_IDLE_SECONDS = 300.0
INTERNAL_TYPE_IDS = {"N": "GP", "L": "TI", "LL": "SI"}
# The contact groups of an account whose `groups` setting is unset (the spec example's two groups).
DEFAULT_GROUPS = {"customers": ["+393471234567", "+393471234568", "+393471234569"], "staff": ["+393471234570"]}
# The email product is not simulated: no bandwidth, fixed dates.
EMAIL = {"bandwidth": 0.0, "purchased": "2026-01-01", "billing": "EMAILPERHOUR", "expiry": "2027-01-01"}
LANDING_PLACEHOLDER = "%PAGESLINK____________%"
SHORT_LINK_PLACEHOLDER = "%SHORT_LINK%"
_ORDER_ID = re.compile(r"[A-Za-z0-9._-]{1,32}")
_PLACEHOLDER = re.compile(r"\$\{([^}]*)\}")
# Recipients refused at submission, by test-number outcome (the rest are sent).
_REFUSED = {Outcome.BLACKLISTED: "BLACKLISTED", Outcome.UNROUTABLE: "UNKNPFX", Outcome.LANDLINE: "INVALIDDST"}


class Routes(Provider):
    # --- request shapes -------------------------------------------------------------------------------------
    async def _json(self, request: Request) -> Any:
        media = media_type(request, "application/json")
        if media != "application/json" and not media.endswith("+json"):
            raise ProviderError("bad_request", "Content-Type must be application/json")
        try:
            return loads(await read_body(request))
        except ValueError:
            raise ProviderError("bad_request", "The body is not valid JSON") from None

    async def _object(self, request: Request, op: CompiledOperation) -> dict[str, Any]:
        body = await self._json(request)
        if not isinstance(body, dict):
            raise ProviderError("bad_request", "The body must be a JSON object")
        rules.reject(op.body("application/json", body))
        return body

    def _query(self, request: Request, op: CompiledOperation) -> dict[str, Any]:
        params, violations = op.query(request.query_params)
        rules.reject(violations)
        return params

    # --- keys and account -----------------------------------------------------------------------------------
    async def login(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        now = self.store.clock.now()
        account.resources["user_key"] = account.credentials["user_key"]  # the account's own, fixed
        key = uuid.uuid4().hex
        if op.operation_id == "login":
            sessions: dict[str, float] = account.resources.setdefault("sessions", {})
            for stale in [k for k, last in sessions.items() if now - last >= SESSION_IDLE_SECONDS]:
                del sessions[stale]
            sessions[key] = now
        else:
            account.resources.setdefault("tokens", {})[key] = now
        return PlainTextResponse(f"{account.resources['user_key']};{key}")

    create_token = login

    async def check_session(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        return PlainTextResponse("true" if request.state.session_valid else "false")

    async def get_dashboard_url(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        # The simulator's own view of what was sent stands in for the web panel.
        return PlainTextResponse(f"{request.url.scheme}://{request.url.netloc}/_sim/messages?provider={self.id}")

    async def get_status(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        params = self._query(request, op)
        aliases = params.get("typeAliases") is True
        sms = [{"type": kind if aliases else INTERNAL_TYPE_IDS[kind],
                "quantity": rules.affordable(account.balance, price)}
               for kind, price in rules.prices(account).items()]  # fmt: skip
        money = round(account.balance, 4) if params.get("getMoney") is True else None
        return JSONResponse({"money": money, "sms": sms, "email": EMAIL})

    # --- sending --------------------------------------------------------------------------------------------
    async def send_sms(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        body = await self._object(request, op)
        return self._place(account, op, body, [(n, body["message"]) for n in body["recipient"]], 201)

    async def send_parametric_sms(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        body = await self._object(request, op)
        pairs = []
        for entry in body["recipients"].values():

            def fill(match: re.Match[str], entry: dict[str, Any] = entry) -> str:
                value = entry.get(match.group(1))
                return value if isinstance(value, str) else ""

            pairs.append((entry["recipient"], _PLACEHOLDER.sub(fill, body["message"])))
        return self._place(account, op, body, pairs, 200)

    async def send_sms_to_groups(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        body = await self._object(request, op)
        groups = account.settings.get("groups")
        groups = groups if isinstance(groups, dict) else DEFAULT_GROUPS
        missing = [name for name in body["recipient"] if not isinstance(groups.get(name), list)]
        if missing:
            raise ProviderError("bad_request", f"Groups not found: {', '.join(missing)}")
        numbers = [n for name in body["recipient"] for n in groups[name] if isinstance(n, str)]
        return self._place(account, op, body, [(n, body["message"]) for n in numbers], 200)

    def _place(self, account: Account, op: CompiledOperation, body: dict[str, Any], pairs: list[tuple[str, str]],
               status: int) -> Response:  # fmt: skip
        """Create the order of `pairs` (number, text): the rules shared by the three send calls."""
        behaviour = self.model.operations[op.operation_id]
        assert behaviour.text is not None and behaviour.sender is not None
        store = self.store
        kind, now = body["message_type"], store.clock.now()
        encoding: Encoding = "ucs2" if body.get("encoding") == "ucs2" else "gsm"
        for field, placeholder in (("id_landing", LANDING_PLACEHOLDER), ("short_link_url", SHORT_LINK_PLACEHOLDER)):
            if field in body and placeholder not in body["message"]:
                raise ProviderError("bad_request", f"{field} needs the placeholder {placeholder} in the message")
        parts = {text: rules.parts(text, encoding, behaviour.text) for text in dict.fromkeys(t for _, t in pairs)}
        sender = rules.sender(account, kind, body.get("sender"), behaviour.sender)
        order_id = body.get("order_id") or uuid.uuid4().hex
        scheduled_at = rules.scheduled(body.get("scheduled_delivery_time"), body.get("scheduled_delivery_timezone"),
                                       store.clock)  # fmt: skip
        plan = self._plan(account, pairs, body.get("allowInvalidRecipients") is True)
        demo = account.settings.get("demo_mode") is True
        price = rules.prices(account)[kind]
        costs = [0.0 if refused or demo else parts[text] * price for _, text, _, refused in plan]
        if not self.charge(account, round(sum(costs), 6)):
            raise ProviderError("bad_request", "Not enough credit for this order")
        serial = account.resources["serial"] = account.resources.get("serial", 0) + 1
        stamp = rules.fmt(store.clock, now, ZoneInfo(rules.DEFAULT_ZONE))
        order = Order(order_id, f"{stamp}{serial:06d}", kind, sender, now, scheduled_at, demo)
        state.orders(account)[order.internal_id] = order
        state.order_ids(account).setdefault(order_id, []).append(order.internal_id)
        log: list[tuple[float, str]] = account.resources.setdefault("sent_log", [])
        for (number, text, result, refused), cost in zip(plan, costs, strict=True):
            message = Message(id=store.new_id(), provider=self.id, account_id=account.id, recipient=number,
                              sender=sender, text=text, encoding=encoding, segments=parts[text], outcome=result,
                              created_at=now, scheduled_at=scheduled_at, group=order_id, cost=cost)  # fmt: skip
            if refused:
                message.status, message.final_at = "failed", now
                order.refused[message.id] = refused
            else:
                log.append((now, digits_of(number)))
            store.add_message(message)
            order.message_ids.append(message.id)
        sent = [text for _, text, _, refused in plan if not refused]
        answer: dict[str, Any] = {"result": "OK", "order_id": order_id}
        answer["total_sent"] = sum(parts[t] for t in sent) if body.get("returnCredits") is True else len(sent)
        if body.get("returnRemaining") is True:
            answer["remaining_credits"] = rules.affordable(account.balance, price)
        answer["internal_order_id"] = order.internal_id
        return JSONResponse(answer, status_code=status)

    def _plan(
        self, account: Account, pairs: list[tuple[str, str]], allow_invalid: bool
    ) -> list[tuple[str, str, Outcome, str | None]]:
        """(number, text, outcome, status it is refused with or None) per distinct recipient."""
        blacklist = account.resources.get("blacklist", {})
        words = account.settings.get("refused_words")
        words = [w.lower() for w in words if isinstance(w, str) and w] if isinstance(words, list) else []
        per_user, per_number, counts = state.anti_spam(account, self.store.clock.now())
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

    # --- orders ---------------------------------------------------------------------------------------------
    async def get_sms_state(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        order = self._order(account, request, "order_not_found")
        clock = self.store.clock
        recipients = [
            {"destination": m.recipient, "status": rules.wire_status(m, order),
             "delivery_date": rules.delivery_date(m, order, clock)}
            for m in self._messages(order)
        ]  # fmt: skip
        return JSONResponse({"recipient_number": len(recipients), "result": "OK", "recipients": recipients})

    async def cancel_sms(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        order = self._order(account, request, "order_not_cancellable")
        waiting = [m for m in self._messages(order) if m.id not in order.refused]
        if not waiting or any(m.status != "scheduled" for m in waiting):
            raise ProviderError("order_not_cancellable")
        for message in waiting:
            self.store.cancel(message)
            account.balance = round(account.balance + message.cost, 6)
        state.forget(account, order)
        return JSONResponse({"result": "OK"})

    async def get_sms_history(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        params, clock = self._query(request, op), self.store.clock
        where = rules.zone(params.get("timezone"))
        start = rules.instant(clock, params["from"], "%Y%m%d%H%M%S", where, "from")
        end = rules.instant(clock, params["to"], "%Y%m%d%H%M%S", where, "to") if "to" in params else clock.now()
        found = [o for o in state.orders(account).values() if start <= o.created_at <= end]
        found.sort(key=lambda o: o.created_at, reverse=True)
        page, size = params.get("pageNumber", 1), params.get("pageSize", 10)
        entries = [
            {"order_id": o.order_id, "create_time": rules.fmt(clock, o.created_at, where),
             "schedule_time": "" if o.scheduled_at is None else rules.fmt(clock, o.scheduled_at, where),
             "message_type": o.message_type, "sender": o.sender or "", "num_recipients": len(o.message_ids)}
            for o in found[(page - 1) * size : page * size]
        ]  # fmt: skip
        return JSONResponse(
            {"total": len(found), "pageNumber": page, "result": "OK", "pageSize": size, "smshistory": entries}
        )

    def _order(self, account: Account, request: Request, missing: str) -> Order:
        order_id = request.path_params["order_id"]
        placed = state.order_ids(account).get(order_id, []) if _ORDER_ID.fullmatch(order_id) else []
        if not placed:
            raise ProviderError(missing)
        return state.orders(account)[placed[-1]]  # a reused order_id names its latest order

    def _messages(self, order: Order) -> Iterator[Message]:
        return (self.store.messages[mid] for mid in order.message_ids if mid in self.store.messages)

    # --- blacklist ------------------------------------------------------------------------------------------
    async def add_to_blacklist(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        params, violations = op.query(request.query_params)
        if any(v.rule == "required" for v in violations):
            raise ProviderError("bad_request", "phoneNumber is required")
        if violations or outcome(params["phoneNumber"]) is Outcome.INVALID:
            raise ProviderError("invalid_recipient")
        state.add_to_blacklist(account, [params["phoneNumber"]], "API", self.store.clock.now())
        return Response(status_code=200)

    async def add_to_blacklist_batch(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        body = await self._json(request)
        if not isinstance(body, list) or not body:
            raise ProviderError("bad_request", "The body must be a non-empty JSON array of phone numbers")
        if op.body("application/json", body) or any(outcome(n) is Outcome.INVALID for n in body):
            raise ProviderError("invalid_recipient")
        return JSONResponse(state.add_to_blacklist(account, body, "API", self.store.clock.now()))

    async def list_blacklist(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        params, clock = self._query(request, op), self.store.clock
        where = rules.zone(params.get("timezone"))
        pattern = "%Y-%m-%d %H:%M:%S"
        start = rules.instant(clock, params["from"], pattern, where, "from") if "from" in params else -math.inf
        end = rules.instant(clock, params["to"], pattern, where, "to") if "to" in params else math.inf
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
            {"phoneNumber": e["phoneNumber"], "addedDate": rules.fmt(clock, e["added"], where, pattern),
             "origin": e["origin"]}
            for e in found[(page - 1) * size : page * size]
        ]  # fmt: skip
        return JSONResponse({"result": "OK", "total": len(found), "pageNumber": page, "pageSize": size,
                             "blacklist": items})  # fmt: skip
