"""TransmitSMS / Burst SMS REST API: `TransmitSMS` and `AsyncTransmitSMS`.

Auth is HTTP Basic with the API key and secret (arguments, or `TRANSMITSMS_API_KEY` / `TRANSMITSMS_API_SECRET`).
Every method of the spec is a method of the client (generated: `transmitsms_client.api.Operations`), called as
a form POST to its `.json` path (the spec's GET twins are the same methods).
A send takes up to 500 numbers; TransmitSMS drops invalid and opted-out numbers silently and answers only a
count, so when the count falls short `send()` reads the message's recipient list (`get-sms-sent`) to say,
per recipient, who was taken and who was not: nobody is lost without a result.
"""

from __future__ import annotations

import datetime as dt
from types import ModuleType
from typing import ClassVar, Unpack

import transmitsms_client
from smskit._async.client import AsyncClientBase
from smskit._auth import spec_auth
from smskit._base import Batch, ClientOptions, Flow, SendFlow, _Common
from smskit._exceptions import InputError, InvalidRecipientError
from smskit._input import check_url
from smskit._numbers import Number
from smskit._outcome import failed_read, unattributed
from smskit._results import Balance, DeliveryState, RecipientResult
from smskit._secret import Secret, guard_journal, required, secret
from smskit._sync.client import ClientBase
from transmitsms_client.api import (
    AsyncOperations,
    Operations,
    get_balance_request,
    get_sms_delivery_status_request,
    get_sms_sent_request,
    send_sms_request,
)
from transmitsms_client.models.get_sms_delivery_status_request import GetSmsDeliveryStatusRequest
from transmitsms_client.models.get_sms_sent_request import GetSmsSentRequest
from transmitsms_client.models.send_sms_request import SendSmsRequest
from transmitsms_client.models.send_sms_response import SendSmsResponse
from transmitsms_client.types import Unset

__all__ = ["AsyncTransmitSMS", "TransmitSMS"]


class _TransmitSMS(_Common):
    provider = "transmitsms"
    _package: ClassVar[ModuleType] = transmitsms_client
    _send_operation = "sendSms"

    def __init__(
        self,
        api_key: str | Secret | None = None,
        api_secret: str | Secret | None = None,
        *,
        dlr_callback: str | None = None,
        reply_callback: str | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        api_key = secret(api_key, "api_key")  # first: no frame of a failed construction shows them
        options = guard_journal(options)  # a journal URL's password too
        api_secret = secret(api_secret, "api_secret")
        self.dlr_callback, self.reply_callback = dlr_callback, reply_callback
        credentials = required(
            api_key=(api_key, "TRANSMITSMS_API_KEY"), api_secret=(api_secret, "TRANSMITSMS_API_SECRET")
        )
        super().__init__(auth=spec_auth(self.provider, *credentials), **options)

    def _check_options(self) -> None:
        check_url("dlr_callback", self.dlr_callback)
        check_url("reply_callback", self.reply_callback)

    def _request(self, batch: Batch) -> SendSmsRequest:
        request = SendSmsRequest(message=batch.text, to=",".join(n.digits for n in batch.numbers))
        if batch.sender:
            request.from_ = batch.sender.removeprefix("+")
        if batch.schedule_at is not None:
            request.send_at = batch.schedule_at.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S")
        if self.dlr_callback:
            request.dlr_callback = self.dlr_callback
        if self.reply_callback:
            request.reply_callback = self.reply_callback
        return request

    def _results(self, batch: Batch, answer: SendSmsResponse, taken: set[str] | None) -> list[RecipientResult]:
        """`taken`: the recipients the message has, when the count fell short (None: everyone was taken)."""
        message_id = str(answer.message_id)
        results = []
        for number in batch.numbers:
            if taken is None or number.digits in taken:
                results.append(RecipientResult(number.e164, "accepted", number=number.e164, message_id=message_id))
                continue
            error = InvalidRecipientError(
                "transmitsms dropped this recipient (invalid or opted out); it is not in the message",
                provider=self.provider, operation="sendSms", description="not among the message's recipients",
                not_processed=True,
            )  # fmt: skip
            results.append(RecipientResult(number.e164, "rejected", number=number.e164, error=error))
        return results

    def _sent_page(self, message_id: int, page: int) -> GetSmsSentRequest:
        documented = self._spec.operations["getSmsSent"].maximums or {}
        return GetSmsSentRequest(message_id=message_id, page=page, max_=documented["max"])  # the largest page

    def _status_flow(self, message_id: str, number: Number | None) -> Flow[DeliveryState]:
        if number is None:
            raise InputError("recipient", "required", "a TransmitSMS message may have many recipients: pass the "
                                                      "send's result, or recipient=")  # fmt: skip
        if not (message_id.isascii() and message_id.isdigit()):
            raise InputError("message_id", "pattern", "a TransmitSMS message id is digits")
        asked = GetSmsDeliveryStatusRequest(message_id=int(message_id), msisdn=int(number.digits))
        stats = (yield get_sms_delivery_status_request(asked)).stats
        if isinstance(stats, Unset):
            return self._state(message_id, number.e164, None)
        word, at = stats.status, stats.datetime_
        return self._state(message_id, number.e164, None if isinstance(word, Unset) else word,
                           None if isinstance(at, Unset) else at)  # fmt: skip

    def _balance_flow(self) -> Flow[Balance]:
        answer = yield get_balance_request()
        return Balance(answer.balance, answer.currency)

    def _send_flow(self, batch: Batch) -> SendFlow:
        answer = yield send_sms_request(self._request(batch))
        if answer.recipients >= len(batch.numbers):
            return self._results(batch, answer, None)
        # Fewer taken than sent: the message's recipient list says who (invalid and opted-out numbers are dropped).
        taken: set[str] = set()
        page = 1
        try:
            while True:
                sent = yield get_sms_sent_request(self._sent_page(answer.message_id, page))
                taken.update(str(r.msisdn) for r in (sent.recipients or []))
                if page >= sent.page.count:
                    return self._results(batch, answer, taken)
                page += 1
        except Exception as exc:  # the message was taken: a failed read never makes its recipients rejected
            return unattributed(batch.numbers, self.provider, "getSmsSent", str(answer.message_id), failed_read(exc))


class TransmitSMS(_TransmitSMS, ClientBase, Operations):
    """TransmitSMS, synchronous: `send()`, `balance()` and every operation of the spec."""


class AsyncTransmitSMS(_TransmitSMS, AsyncClientBase, AsyncOperations):
    """TransmitSMS, asynchronous: the same surface as `TransmitSMS`, awaited."""
