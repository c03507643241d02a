"""Easify v2: `Easify` and `AsyncEasify`.

Auth is a Bearer token (argument `token`, or `EASIFY_API_TOKEN`); messages go out from one of the account's
Easify numbers (`from_number`, or `EASIFY_FROM_NUMBER`; `send(sender=...)` picks another). One recipient
per request, in the countries Easify serves (+1, +972, +44), written as national number plus country code.
Outside the account's opening hours Easify holds a message until they open; `force_send=True` sends at once.
Easify documents no balance call and no scheduling parameter.
"""

from __future__ import annotations

import functools
import os
from types import ModuleType
from typing import ClassVar, Unpack

import easify_client
from easify_client.api import AsyncOperations, Operations, get_sms_status_request, send_sms_request
from easify_client.models.force_send import ForceSend
from easify_client.models.send_country_code import SendCountryCode
from easify_client.models.send_sms_request import SendSmsRequest
from easify_client.models.send_sms_response import SendSmsResponse
from smskit._async.client import AsyncClientBase
from smskit._auth import spec_auth
from smskit._base import Batch, ClientOptions, Flow, SendFlow, _Common
from smskit._exceptions import InputError
from smskit._numbers import Number, parse_number
from smskit._results import DeliveryState, RecipientResult
from smskit._secret import Secret, guard_journal, required, secret
from smskit._sync.client import ClientBase

__all__ = ["AsyncEasify", "Easify"]

_COUNTRIES = {code.value: code for code in SendCountryCode}


@functools.lru_cache(maxsize=64)
def _national(sender: str) -> str:
    """An Easify number as Easify takes it, without country code (national numbers read as US / Canada)."""
    return parse_number(sender, "US", field="sender").national


class _Easify(_Common):
    provider = "easify"
    _package: ClassVar[ModuleType] = easify_client
    _send_operation = "sendSms"
    supports_scheduling = False
    from_number: str | None
    force_send: bool

    def __init__(
        self,
        token: str | Secret | None = None,
        *,
        from_number: str | None = None,
        force_send: bool = False,
        **options: Unpack[ClientOptions],
    ) -> None:
        token = secret(token, "token")  # first: no frame of a failed construction shows the token
        options = guard_journal(options)  # a journal URL's password too
        self.from_number = from_number or os.environ.get("EASIFY_FROM_NUMBER")
        self.force_send = force_send
        super().__init__(auth=spec_auth(self.provider, *required(token=(token, "EASIFY_API_TOKEN"))), **options)

    def _check_number(self, number: Number) -> None:
        if number.country_code not in _COUNTRIES:
            raise InputError("to", "country_code", f"Easify serves {', '.join(_COUNTRIES)} only")

    _sender_hint = "pass default_sender= or from_number= (one of your Easify numbers), or sender="

    def _fallback_sender(self) -> str | None:
        return self.default_sender or self.from_number  # from_number: Easify's own name for its default sender

    def _check_options(self) -> None:
        if not isinstance(self.force_send, bool):
            raise InputError("force_send", "type", f"must be a bool, got {type(self.force_send).__name__}")
        if self.from_number:  # the spec's sender rules, then a number that parses: refused at construction
            self._check_sender_rules(self.from_number, self._send_op, field="from_number")
            self._check_sender(self.from_number, field="from_number")

    def _check_sender(self, sender: str | None, field: str = "sender") -> None:
        """A sender (the spec's rules passed) must also read as a phone number, before any request."""
        if sender:
            try:
                _national(sender)
            except InputError as exc:
                raise exc.at(field) from None

    def _request(self, batch: Batch) -> SendSmsRequest:
        sender = batch.sender or self.from_number
        assert sender is not None
        (number,) = batch.numbers
        request = SendSmsRequest(
            from_number=_national(sender),  # Easify wants no country code
            to_number=number.national,
            country_code=_COUNTRIES[number.country_code],
            message=batch.text,
        )
        if self.force_send:
            request.force_send = ForceSend.VALUE_1
        return request

    @staticmethod
    def _results(batch: Batch, answer: SendSmsResponse) -> list[RecipientResult]:
        return [
            RecipientResult(n.e164, "accepted", number=n.e164, message_id=answer.data.sms_id) for n in batch.numbers
        ]

    def _status_flow(self, message_id: str, number: Number | None) -> Flow[DeliveryState]:
        answer = yield get_sms_status_request(sms_id=message_id)
        return self._state(message_id, number.e164 if number else None, answer.data.status)

    def _send_flow(self, batch: Batch) -> SendFlow:
        answer = yield send_sms_request(self._request(batch))
        return self._results(batch, answer)


class Easify(_Easify, ClientBase, Operations):
    """Easify, synchronous: `send()` and every operation of the spec."""


class AsyncEasify(_Easify, AsyncClientBase, AsyncOperations):
    """Easify, asynchronous: the same surface as `Easify`, awaited."""
