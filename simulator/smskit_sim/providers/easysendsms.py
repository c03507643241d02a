"""EasySendSMS REST API v1 (seeds/000): send, balance, HLR and number validation.

Rules as documented: the `apikey` header; JSON POST only (405 otherwise, 415 for another content type);
each endpoint's own error codes; a multi-number request is aborted by any error but "invalid mobile
number" (4012), which is reported per recipient as `ERR: 4012`; at most 30 numbers, duplicates ignored;
at most 5 parts; credits charged per part; delivery reports POSTed, form-encoded, to the account's webhook.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute

from smskit.text import Encoding, count_parts, preview
from smskit_sim.numbers import Outcome, digits_of, outcome
from smskit_sim.providers.base import FastJSONResponse, Provider, ProviderError, any_method, read_body
from smskit_sim.store import Account, Message, Store
from smskit_sim.validation import CompiledOperation

if TYPE_CHECKING:
    from smskit_sim.app import Simulator

__all__ = ["EasySendSMS"]

MAX_PARTS = 5
# Which error a broken rule of the send body is answered with (missing fields are 4001).
_SEND_FIELD_ERRORS = {"type": 4010, "text": 4011, "to": 4012, "from": 4014, "scheduled": 4017}
_REPORT_STATUS = {"delivered": "DELIVRD", "expired": "EXPIRED", "failed": "UNDELIV"}


class EasySendSMS(Provider):
    id = "easysendsms"

    def routes(self) -> list[BaseRoute]:
        return [
            any_method("/v1/rest/sms/send", self._post_json("sendSms", self.send)),
            any_method("/v1/rest/sms/balance", self._balance()),
            any_method("/v1/rest/hlr/query", self._post_json("hlrQuery", self.hlr)),
            any_method("/v1/rest/nv/query", self._post_json("validateNumbers", self.validate_numbers)),
        ]

    def __init__(self, sim: Simulator) -> None:
        super().__init__(sim)
        self._keys: dict[str, Account] = {}  # api key -> account, for `store` at `len(store.accounts)`
        self._keys_of: Store | None = None
        self._keys_seen = 0

    def demo_credentials(self) -> dict[str, Any]:
        return {"api_key": "demo-easysendsms-key"}

    def new_credentials(self, serial: int) -> dict[str, Any]:
        return {"api_key": f"easysendsms-key-{serial:04d}"}

    def authenticate(self, request: Request, op: CompiledOperation) -> Account | Response:
        key = request.headers.get("apikey")
        if not key:
            return self.error(op.operation_id, 4002)
        account = self._account_for(key)
        if account is None:
            return self.error(op.operation_id, 4003)
        return account if account.active else self.error(op.operation_id, 4006)

    def _account_for(self, key: str) -> Account | None:
        """The first account with this key: a dict lookup, rebuilt when accounts are added or the store reset."""
        store = self.store
        if self._keys_of is not store or self._keys_seen != len(store.accounts):
            self._keys = {}
            for account in store.accounts_of(self.id):
                self._keys.setdefault(account.credentials["api_key"], account)
            self._keys_of, self._keys_seen = store, len(store.accounts)
        found = self._keys.get(key)
        if found is not None and found.credentials["api_key"] == key:
            return found
        # Not indexed (or its key changed since): the full scan, as before the index.
        return next((a for a in store.accounts_of(self.id) if a.credentials["api_key"] == key), None)

    def error_body(self, entry: dict[str, Any], description: str) -> Response:
        if entry["status"] == 429:  # documented without a body
            return Response(status_code=429)
        return FastJSONResponse({"error": entry["code"], "description": description}, status_code=entry["status"])

    def unparsable(self, op: CompiledOperation) -> Response:
        return self.error(op.operation_id, 4001)

    async def report(self, message: Message) -> None:
        account = self.store.accounts[message.account_id]
        if not account.webhook_url or message.status not in _REPORT_STATUS:
            return
        at = self.store.clock.datetime(message.final_at)
        await self.sim.callbacks.send(
            self.id,
            "delivery_report",
            account.webhook_url,
            "POST",
            form={
                "source": message.sender or "",
                "msisdn": message.recipient,
                "response": _REPORT_STATUS[message.status],
                "sent_date": at.strftime("%Y-%m-%d %H:%M:%S"),
                "sms_id": message.id,
            },
        )

    # --- request shapes -------------------------------------------------------------------------------------
    def _post_json(self, op_id: str, handler: Any) -> Any:
        """JSON POST only: 405 for another method and 415 for another content type, as documented."""
        inner = self.endpoint(op_id, handler)

        async def endpoint(request: Request) -> Response:
            if request.method != "POST":
                return _allow(self.error(op_id, 405), "POST")
            if request.headers.get("content-type", "").split(";")[0].strip().lower() != "application/json":
                return self.error(op_id, 415)
            return await inner(request)

        return endpoint

    def _balance(self) -> Any:
        get, post = self.endpoint("getBalance", self.balance), self.endpoint("getBalanceByPost", self.balance)

        async def endpoint(request: Request) -> Response:
            if request.method == "GET":
                return await get(request)
            if request.method == "POST":
                return await post(request)
            # The balance table documents no 405 (the other endpoints' tables do): a bare 405 status line.
            return _allow(self.error_for_status("getBalance", 405), "GET, POST")

        return endpoint

    async def _object(self, request: Request, op: CompiledOperation) -> dict[str, Any]:
        try:
            body = json.loads(await read_body(request))
        except ValueError:
            raise ProviderError(4001) from None
        if not isinstance(body, dict):
            raise ProviderError(4001)
        return body

    # --- operations -----------------------------------------------------------------------------------------
    async def balance(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        return FastJSONResponse({"balance": int(account.balance)})

    async def send(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        body = await self._object(request, op)
        for violation in op.body("application/json", body):
            if violation.rule == "required":
                raise ProviderError(4001)
            if violation.field == "to" and len(str(body.get("to", "")).split(",")) > 30:
                raise ProviderError(4013)
            raise ProviderError(_SEND_FIELD_ERRORS.get(violation.field, 4001))
        recipients = list(dict.fromkeys(n.strip() for n in body["to"].split(",")))
        if len(recipients) > 30:
            raise ProviderError(4013)
        text, unicode = body["text"], body["type"] == "1"
        shape = preview(text)
        if shape.encoding == "ucs2" and not unicode:
            raise ProviderError(4011, "Invalid message.")
        encoding: Encoding = "ucs2" if unicode else "gsm"
        parts = shape.parts if shape.encoding == encoding else count_parts(text, encoding)
        if parts > MAX_PARTS:
            raise ProviderError(4011)
        now = self.store.clock.now()
        scheduled_at = self._scheduled(body.get("scheduled"), now)
        ids = []
        # The numbers are walked in order and any error but 4012 stops the request where it is met (reading
        # 16): the numbers before it stay sent and charged, the error is the whole answer.
        for number in recipients:
            result = outcome(number)
            if result is Outcome.INVALID:
                ids.append("ERR: 4012")
                continue
            if result is Outcome.UNROUTABLE:
                raise ProviderError(4016)
            if not self.charge(account, float(parts)):
                raise ProviderError(4015)
            message = self.store.add_message(
                Message(
                    id=self.store.new_id(),
                    provider=self.id,
                    account_id=account.id,
                    recipient=number,
                    sender=body["from"],
                    text=text,
                    encoding=encoding,
                    segments=parts,
                    outcome=result,
                    created_at=now,
                    scheduled_at=scheduled_at,
                    cost=float(parts),
                )
            )
            ids.append(f"OK: {message.id}")
        return FastJSONResponse(
            {"status": "OK", "scheduled": body.get("scheduled") or "Now", "messageIds": ids},
        )

    def _scheduled(self, raw: str | None, now: float) -> float | None:
        if raw is None:
            return None
        try:
            when = dt.datetime.fromisoformat(raw.removesuffix("Z")).replace(tzinfo=dt.UTC)
        except ValueError:
            raise ProviderError(4017) from None
        at = self.store.clock.at(when)
        if at <= now:
            raise ProviderError(4017)
        return at

    async def _numbers(self, request: Request, op: CompiledOperation) -> list[str]:
        body = await self._object(request, op)
        for violation in op.body("application/json", body):
            raise ProviderError(4001 if violation.rule == "required" else 4010)
        numbers = list(dict.fromkeys(n.strip() for n in body["number"].split(",")))
        if len(numbers) > 30:
            raise ProviderError(4010)
        return numbers

    async def hlr(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        numbers = await self._numbers(request, op)
        if not self.charge(account, float(len(numbers))):
            raise ProviderError(4012)
        return FastJSONResponse({n: _hlr_result(n) for n in numbers})

    async def validate_numbers(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        numbers = await self._numbers(request, op)
        if not self.charge(account, float(len(numbers))):
            raise ProviderError(4012)
        return FastJSONResponse({"results": [_nv_result(n) for n in numbers]})


def _allow(response: Response, methods: str) -> Response:
    """A 405 names the methods the resource does take (RFC 9110, section 15.5.6)."""
    response.headers["Allow"] = methods
    return response


def _hlr_result(number: str) -> dict[str, str]:
    result = outcome(number)
    if result is Outcome.INVALID:  # the documents' own answer for 611111
        blank = dict.fromkeys(("country", "type", "mccmnc", "roaming", "ported"), "")
        return {"number": number, **blank, "err_desc": "Number Not Supported", "operatorName": "Unknown",
                "err_code": "999", "status": "Undelivered"}  # fmt: skip
    absent = result is Outcome.ABSENT
    return {
        "number": digits_of(number),
        "country": "Simulated Country",
        "err_desc": "Absent Subscriber" if absent else "Live",
        "operatorName": "Simulated Mobile",
        "type": "Landline" if result is Outcome.LANDLINE else "Mobile",
        "mccmnc": "99901",
        "roaming": "False",
        "err_code": "27" if absent else "0",
        "status": "Undelivered" if absent else "Delivered",
        "ported": "True" if result is Outcome.PORTED else "False",
    }


def _nv_result(number: str) -> dict[str, str]:
    result = outcome(number)
    found = dict.fromkeys(("country", "iso3166_2", "cc", "netName", "mcc", "mnc", "operator", "type", "netType"), "")
    if result is Outcome.INVALID:
        return {"status": "INVALID", **found, "msisdn": number}
    digits = digits_of(number)
    found.update(country="Simulated Country", iso3166_2="ZZ", cc=digits[:1], mcc="999", mnc="01")
    found["type"] = "FIXED" if result is Outcome.LANDLINE else "MOBILE"
    return {"status": "VALID", **found, "msisdn": digits}
