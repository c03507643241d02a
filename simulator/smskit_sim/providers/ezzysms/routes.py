"""EzzySMS handlers, one per operationId of the spec."""

from __future__ import annotations

from typing import Any, Final

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from smskit_sim.providers.base import Provider, ProviderError
from smskit_sim.providers.ezzysms import rules
from smskit_sim.providers.http import body_of, loads
from smskit_sim.store import Account, Message
from smskit_sim.validation import CompiledOperation

__all__ = ["Routes"]

DELIVERY_WORDS: Final = {200: "Processed", 201: "Sent", 202: "Queued"}
DEFAULT_SMS_COST: Final = 40.0
_UNREADABLE: Final = object()  # a POST body that is not JSON


def decoded(request: Request) -> Any:
    """The POST body as JSON whatever its Content-Type (`_UNREADABLE` when it is not), decoded once."""
    if not hasattr(request.state, "ezzysms_body"):
        try:
            request.state.ezzysms_body = loads(body_of(request))
        except ValueError:  # JSONDecodeError and UnicodeDecodeError alike
            request.state.ezzysms_body = _UNREADABLE
    return request.state.ezzysms_body


class Routes(Provider):
    async def get_balance(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        return JSONResponse({"status": "success", "balance": _number(account.balance)})

    async def send_message(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        body = decoded(request)
        if body is _UNREADABLE:
            raise ProviderError(403, "The request body is not valid JSON")
        if not isinstance(body, dict):
            raise ProviderError(403, "The request body must be a JSON object")
        fields: dict[str, Any] = {k: body[k] for k in ("to", "message", "from") if k in body}
        return self._send(account, op, fields, {v.field for v in op.body("application/json", body)})

    async def send_message_by_query(self, request: Request, account: Account, op: CompiledOperation) -> Response:
        values, violations = op.query(request.query_params)
        fields: dict[str, Any] = {k: values[k] for k in ("to", "message", "from") if k in values}
        return self._send(account, op, fields, {v.field for v in violations})

    def _send(self, account: Account, op: CompiledOperation, fields: dict[str, Any], broken: set[str]) -> Response:
        """All or nothing: the first broken rule answers, and nothing is stored or charged."""
        behaviour = self.model.operations[op.operation_id]
        assert behaviour.sender is not None and behaviour.text is not None
        settings = account.settings
        to = rules.check_to(fields.get("to"), "to" in broken)
        default = rules.setting(settings, "default_sender", str, rules.DEFAULT_SENDER)
        sender = rules.sender(fields.get("from", default), settings, "from" in broken, behaviour.sender)
        text = fields.get("message")
        encoding = rules.check_text(text, "message" in broken, behaviour.text)
        assert isinstance(text, str)
        recipients = rules.recipients(to, settings)
        cost = rules.setting(settings, "sms_cost", float, DEFAULT_SMS_COST)
        if cost < 0:
            cost = DEFAULT_SMS_COST
        total = cost * len(recipients)
        if not self.charge(account, total):
            raise ProviderError(405)
        store = self.store
        now, group = store.clock.now(), store.new_id()
        for number, result in recipients.items():
            store.add_message(
                Message(id=store.new_id(), provider=self.id, account_id=account.id, recipient=number, sender=sender,
                        text=text, encoding=encoding, segments=1, outcome=result, created_at=now, group=group,
                        cost=cost)
            )  # fmt: skip
        status = settings.get("answer_status")
        if not (isinstance(status, int) and not isinstance(status, bool) and status in DELIVERY_WORDS):
            status = 201
        answer = {"status": "success", "to": ",".join(recipients), "message": text, "status_code": status,
                  "cost": _number(total), "delivery_status": DELIVERY_WORDS[status]}  # fmt: skip
        return JSONResponse(answer, status_code=status)


def _number(value: float) -> float | int:
    return int(value) if float(value).is_integer() else value
