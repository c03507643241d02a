"""EasySendSMS handlers, one per operationId of the spec."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from smskit_sim.numbers import Outcome, outcome
from smskit_sim.providers.base import Provider, ProviderError
from smskit_sim.providers.easysendsms import rules
from smskit_sim.providers.http import FastJSONResponse, loads, media_type, read_body
from smskit_sim.store import Account, Message
from smskit_sim.validation import CompiledOperation

__all__ = ["Routes"]


class Routes(Provider):
    def screen(self, request: Request, op: CompiledOperation) -> Response | None:
        """JSON only, where the endpoint documents a 415 for another content type (the balance endpoint does not)."""
        if 415 in self.errors[op.operation_id] and media_type(request) != "application/json":
            return self.error(op.operation_id, 415)
        return None

    async def _object(self, request: Request) -> dict[str, Any]:
        try:
            body = loads(await read_body(request))
        except ValueError:
            raise ProviderError(4001) from None
        if not isinstance(body, dict):
            raise ProviderError(4001)
        return body

    async def get_balance(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        return FastJSONResponse({"balance": int(account.balance)})

    get_balance_by_post = get_balance

    async def send_sms(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        body = await self._object(request)
        behaviour = self.model.operations[op.operation_id]
        assert behaviour.batch is not None and behaviour.text is not None
        recipients = rules.recipients(body, op.body("application/json", body), behaviour.batch)
        encoding, parts = rules.parts(body, behaviour.text)
        store = self.store
        now, scheduled_at = store.clock.now(), rules.scheduled(body.get("scheduled"), store.clock)
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
            message = store.add_message(
                Message(id=store.new_id(), provider=self.id, account_id=account.id, recipient=number,
                        sender=body["from"], text=body["text"], encoding=encoding, segments=parts, outcome=result,
                        created_at=now, scheduled_at=scheduled_at, cost=float(parts))
            )  # fmt: skip
            ids.append(f"OK: {message.id}")
        return FastJSONResponse({"status": "OK", "scheduled": body.get("scheduled") or "Now", "messageIds": ids})

    async def hlr_query(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        numbers = await self._lookup(request, account, op)
        return FastJSONResponse({n: rules.hlr_result(n) for n in numbers})

    async def validate_numbers(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        numbers = await self._lookup(request, account, op)
        return FastJSONResponse({"results": [rules.nv_result(n) for n in numbers]})

    async def _lookup(self, request: Request, account: Account, op: CompiledOperation) -> list[str]:
        """The numbers of a lookup, charged. An unroutable one gets 4011 (the network's answer unusable) as its
        spec's retry class says: `unsafe` (reading 17) after the charge, as a lookup that went out; `no` or
        `safe` before it, as one refused unprocessed."""
        body = await self._object(request)
        numbers = rules.numbers(body, op.body("application/json", body))
        failed = any(outcome(n) is Outcome.UNROUTABLE for n in numbers)
        processed = self.errors[op.operation_id][4011].retry == "unsafe"
        if failed and not processed:
            raise ProviderError(4011)
        if not self.charge(account, float(len(numbers))):
            raise ProviderError(4012)
        if failed:
            raise ProviderError(4011)
        return numbers
