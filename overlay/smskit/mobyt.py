"""Mobyt / Esendex Italia REST API v1.0: `Mobyt` and `AsyncMobyt`.

Auth logs in lazily with the account's username and password (arguments, or `MOBYT_USERNAME` /
`MOBYT_PASSWORD`), caches `user_key` + `Session_key` and logs in again once when a session has expired;
`token=True` uses a long-lived `/token` access token instead. `base_url` picks the brand (the spec's servers).

Every send carries an `order_id` set by smskit: when an answer is lost, `RecipientResult.reference` (and the
error's `reference`) is that id, and `get_sms_state(reference)` tells whether the order exists.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from types import ModuleType
from typing import ClassVar, Literal, Unpack

import mobyt_client
from mobyt_client.api import AsyncOperations, Operations, get_sms_state_request, get_status_request, send_sms_request
from mobyt_client.models.encoding import Encoding
from mobyt_client.models.message_type import MessageType
from mobyt_client.models.send_sms_request import SendSmsRequest
from mobyt_client.models.send_sms_result import SendSmsResult
from mobyt_client.models.sms_state import SmsState
from mobyt_client.types import Unset
from smskit._async.client import AsyncClientBase
from smskit._auth import MobytLogin
from smskit._base import Batch, ClientOptions, Flow, SendFlow, _Common
from smskit._errors import KIND_TO_ERROR
from smskit._exceptions import (
    InputError,
    OutcomeUnknownError,
    SmsKitError,
)
from smskit._numbers import Number
from smskit._outcome import failed, failed_read, unattributed, unreadable
from smskit._results import Balance, DeliveryState, RecipientResult
from smskit._secret import Secret, guard_journal, required, secret
from smskit._spec import provider_spec
from smskit._sync.client import ClientBase

__all__ = ["AsyncMobyt", "Mobyt"]


def _message_type(value: object) -> MessageType:
    types = [t.value for t in MessageType]
    if value not in types:
        raise InputError("message_type", "enum", f"must be one of {', '.join(types)}")
    return MessageType(value)


class _Mobyt(_Common):
    provider = "mobyt"
    _package: ClassVar[ModuleType] = mobyt_client
    _send_operation = "sendSms"
    message_type: MessageType = MessageType.N

    def __init__(
        self,
        username: str | None = None,
        password: str | Secret | None = None,
        *,
        token: bool = False,
        message_type: Literal["N", "L", "LL"] = "N",
        **options: Unpack[ClientOptions],
    ) -> None:
        password = secret(password, "password")  # first: no frame of a failed construction shows the password
        options = guard_journal(options)  # a journal URL's password too
        self.message_type = _message_type(message_type)
        options["base_url"] = url = self._resolve_base_url(options.get("base_url"))
        super().__init__(auth=self._login_auth(username, password, url, token), **options)

    def _resolve_base_url(self, base_url: str | None) -> str:
        """The brand's base URL: the argument, MOBYT_BASE_URL, or the spec's first server (the login needs it)."""
        if base_url is not None and not isinstance(base_url, str):  # before the login is built on it
            raise InputError("base_url", "type", f"must be a str, got {type(base_url).__name__}")
        return base_url or os.environ.get("MOBYT_BASE_URL") or provider_spec(self.provider).servers[0]

    @staticmethod
    def _login_auth(username: str | None, password: Secret | None, base_url: str, token: bool) -> MobytLogin:
        if not isinstance(token, bool):
            raise InputError("token", "type", f"must be a bool (True: a long-lived access token), got "
                                              f"{type(token).__name__}")  # fmt: skip
        user, pw = required(username=(secret(username, "username"), "MOBYT_USERNAME"),
                            password=(password, "MOBYT_PASSWORD"))  # fmt: skip
        return MobytLogin(user, pw, base_url, token=token)

    def _check_sender(self, sender: str | None) -> None:
        if sender and self.message_type != MessageType.N:
            raise InputError("sender", "message_type", "a custom sender needs message type N (high quality)")

    def _request(self, batch: Batch, order_id: str) -> SendSmsRequest:
        request = SendSmsRequest(
            message_type=self.message_type,
            message=batch.text,
            recipient=[n.e164 for n in batch.numbers],
            sender=batch.sender or "",
            order_id=order_id,
            allow_invalid_recipients=True,  # one bad number must not sink the others
            encoding=Encoding(batch.encoding),
        )
        if batch.schedule_at is not None:
            request.scheduled_delivery_time = batch.schedule_at.astimezone(dt.UTC).strftime("%Y%m%d%H%M%S")
            request.scheduled_delivery_timezone = "UTC"
        return request

    @staticmethod
    def _new_order_id() -> str:
        return uuid.uuid4().hex  # 32 characters of [0-9a-f]: within the documented order_id rule

    def _accepted(self, batch: Batch, order_id: str) -> list[RecipientResult]:
        return [RecipientResult(n.e164, "accepted", number=n.e164, message_id=order_id, reference=order_id)
                for n in batch.numbers]  # fmt: skip

    @staticmethod
    def _short(batch: Batch, answer: SendSmsResult) -> bool:
        """The order took fewer recipients than it was given: its state says which."""
        return isinstance(answer.total_sent, int) and answer.total_sent < len(batch.numbers)

    def _refused_states(self) -> dict[str, str]:
        """The recipient states of an order (the spec's per-recipient `getSmsState` entries) that say the number
        itself was refused at submission, by kind: it is invalid or blacklisted. Any other state (a failure
        after submission, a rate limit) followed an accepted recipient."""
        return {str(e.code): e.kind for e in self._spec.operations["getSmsState"].errors
                if e.per_recipient and e.kind in ("invalid_recipient", "blacklisted")}  # fmt: skip

    def _attributed(self, batch: Batch, order_id: str, state: SmsState) -> list[RecipientResult]:
        """Per-recipient results from the order's state, for an order that did not take every number."""
        by_number = {r.destination: str(r.status) for r in state.recipients}
        refused = self._refused_states()
        results = []
        for number in batch.numbers:
            status = by_number.get(number.e164)
            if status in refused:
                error = KIND_TO_ERROR[refused[status]](f"mobyt refused this recipient: {status}",
                                                       provider=self.provider, code=status, description=status,
                                                       operation="sendSms", not_processed=True)  # fmt: skip
                results.append(RecipientResult(number.e164, "rejected", number=number.e164, error=error,
                                               reference=order_id))  # fmt: skip
            elif status is None:  # the order does not list it: nothing says it was taken, or that it was not
                results.extend(
                    unattributed((number,), self.provider, "getSmsState", order_id, "its state does not list this one")
                )
            else:
                results.append(RecipientResult(number.e164, "accepted", number=number.e164, message_id=order_id,
                                               reference=order_id))  # fmt: skip
        return results

    def _lost(self, batch: Batch, order_id: str, exc: Exception) -> list[RecipientResult]:
        """The send of order `order_id` failed: the outcome rule decides, and the order id lets anyone check."""
        error = exc if isinstance(exc, SmsKitError) else unreadable(self.provider, "sendSms", exc)
        if isinstance(error, OutcomeUnknownError):
            error.reference = order_id
        return failed(batch.numbers, error, reference=order_id)

    def _send_flow(self, batch: Batch) -> SendFlow:
        order_id = self._new_order_id()
        try:
            answer = yield send_sms_request(self._request(batch, order_id))
        except Exception as exc:
            return self._lost(batch, order_id, exc)
        if not self._short(batch, answer):
            return self._accepted(batch, order_id)
        try:
            state = yield get_sms_state_request(order_id)
        except Exception as exc:  # the order was taken: a failed read never makes its recipients rejected
            return unattributed(batch.numbers, self.provider, "getSmsState", order_id, failed_read(exc))
        return self._attributed(batch, order_id, state)

    def _status_flow(self, message_id: str, number: Number | None) -> Flow[DeliveryState]:
        recipients = (yield get_sms_state_request(message_id)).recipients
        if number is not None:
            entry = next((r for r in recipients if r.destination.lstrip("+") == number.digits), None)
        else:
            entry = recipients[0] if len(recipients) == 1 else None
        if entry is None:
            who = "does not list that recipient" if number else f"has {len(recipients)} recipients: pass recipient="
            raise InputError("recipient", "in_order", f"mobyt order {message_id} {who}")
        at = None if isinstance(entry.delivery_date, Unset) else entry.delivery_date
        return self._state(message_id, "+" + entry.destination.lstrip("+"), entry.status, at)

    def _balance_flow(self) -> Flow[Balance]:
        money = (yield get_status_request(get_money=True)).money
        return Balance(float(money) if isinstance(money, int | float) else 0.0)


class Mobyt(_Mobyt, ClientBase, Operations):
    """Mobyt, synchronous: `send()`, `balance()` and every operation of the spec."""


class AsyncMobyt(_Mobyt, AsyncClientBase, AsyncOperations):
    """Mobyt, asynchronous: the same surface as `Mobyt`, awaited."""
