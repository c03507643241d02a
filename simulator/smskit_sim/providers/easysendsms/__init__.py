"""EasySendSMS REST API v1 (seeds/000): send, balance, HLR and number validation.

Rules as documented: the `apikey` header; JSON POST only (405 otherwise, 415 for another content type);
each endpoint's own error codes; a multi-number request is aborted by any error but "invalid mobile
number" (4012), which is reported per recipient as `ERR: 4012`; at most the spec's `x-smskit-batch.max` (30)
numbers, duplicates ignored; at most its `x-smskit-text.max_parts` (5) parts; credits charged per part;
delivery reports POSTed, form-encoded, to the account's webhook. A 429 (no body, as documented) states the
spec's `x-smskit-rate-limit.retry_after` (60 s on balance) in its Retry-After. HLR and NV lookups of an
unroutable test number (digits ending 9992) are charged and then fail with 4011 "Invalid HLR / NV response."
(500, `retry: unsafe`: the lookup went out and may have been paid for; spec reading 17).
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from smskit_sim import credentials
from smskit_sim.context import Context
from smskit_sim.providers.easysendsms.routes import Routes
from smskit_sim.providers.easysendsms.rules import REPORT_STATUS
from smskit_sim.providers.http import FastJSONResponse
from smskit_sim.store import Account, Message, Store
from smskit_sim.validation import CompiledOperation
from smskit_specs.model import ErrorEntry

__all__ = ["EasySendSMS"]


class EasySendSMS(Routes):
    id = "easysendsms"
    not_allowed_code = 405  # each endpoint's own 405 entry; the balance table has none: a bare status line

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self._keys: dict[str, Account] = {}  # api key -> account, for `store` at `len(store.accounts)`
        self._keys_of: Store | None = None
        self._keys_seen = 0

    def demo_credentials(self) -> dict[str, Any]:
        return credentials.demo(self.id)

    def new_credentials(self, serial: int) -> dict[str, Any]:
        return credentials.mint(self.id, serial)

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

    def error_body(self, entry: ErrorEntry, description: Any) -> Response:
        if entry.status == 429:  # documented without a body
            return Response(status_code=429)
        return FastJSONResponse({"error": entry.code, "description": description}, status_code=entry.status)

    def unparsable(self, op: CompiledOperation) -> Response:
        return self.error(op.operation_id, 4001)

    def rate_limited(self, op_id: str, retry_after: float) -> Response:
        """The bare 429, its Retry-After at least the wait the documents ask for (the spec's
        `x-smskit-rate-limit.retry_after`: 60 s on balance), else when a token is free again."""
        limit = self.model.operations[op_id].rate_limit
        documented = limit.retry_after if limit is not None and limit.retry_after is not None else 0.0
        return super().rate_limited(op_id, max(retry_after, documented))

    async def report(self, message: Message) -> None:
        account = self.store.accounts[message.account_id]
        if not account.webhook_url or message.status not in REPORT_STATUS:
            return
        at = self.store.clock.datetime(message.final_at)
        await self.ctx.callbacks.send(
            self.id,
            "delivery_report",
            account.webhook_url,
            "POST",
            form={
                "source": message.sender or "",
                "msisdn": message.recipient,
                "response": REPORT_STATUS[message.status],
                "sent_date": at.strftime("%Y-%m-%d %H:%M:%S"),
                "sms_id": message.id,
            },
        )
