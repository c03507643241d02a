"""EasySendSMS REST API v1: `EasySendSMS` and `AsyncEasySendSMS`.

Auth is the `apikey` header (argument `api_key`, or `EASYSENDSMS_API_KEY` as the provider's own examples use).
A send takes up to 30 numbers, written as digits with the country code; the answer lists `OK: <id>` or
`ERR: <code>` per number, which `send()` turns into one result per recipient.
"""

from __future__ import annotations

import datetime as dt
from types import ModuleType
from typing import ClassVar, Unpack

import easysendsms_client
from easysendsms_client.api import AsyncOperations, Operations, get_balance_request, send_sms_request
from easysendsms_client.models.send_sms_request import SendSmsRequest
from easysendsms_client.models.send_sms_request_type import SendSmsRequestType
from easysendsms_client.models.send_sms_response import SendSmsResponse
from smskit._async.client import AsyncClientBase
from smskit._auth import spec_auth
from smskit._base import Batch, ClientOptions, Flow, SendFlow, _Common
from smskit._errors import KIND_TO_ERROR
from smskit._exceptions import InvalidRecipientError, SmsKitError, UnexpectedResponseError
from smskit._results import Balance, RecipientResult
from smskit._secret import Secret, guard_journal, required, secret
from smskit._sync.client import ClientBase

__all__ = ["AsyncEasySendSMS", "EasySendSMS"]

_TYPE = {"gsm": SendSmsRequestType.VALUE_0, "ucs2": SendSmsRequestType.VALUE_1}


class _EasySendSMS(_Common):
    provider = "easysendsms"
    _package: ClassVar[ModuleType] = easysendsms_client
    _send_operation = "sendSms"
    _sender_hint = "pass sender= (a sender name or number)"  # the rules: the spec's x-smskit-sender

    def __init__(self, api_key: str | Secret | None = None, **options: Unpack[ClientOptions]) -> None:
        api_key = secret(api_key, "api_key")  # first: no frame of a failed construction shows the key
        options = guard_journal(options)  # a journal URL's password too
        super().__init__(auth=spec_auth(self.provider, *required(api_key=(api_key, "EASYSENDSMS_API_KEY"))), **options)

    @staticmethod
    def _request(batch: Batch) -> SendSmsRequest:
        assert batch.sender is not None
        request = SendSmsRequest(
            from_=batch.sender,
            to=",".join(n.digits for n in batch.numbers),
            text=batch.text,
            type_=_TYPE[batch.encoding],
        )
        if batch.schedule_at is not None:
            request.scheduled = batch.schedule_at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
        return request

    def _results(self, batch: Batch, answer: SendSmsResponse) -> list[RecipientResult]:
        # One entry per recipient; the first README joined them in one string ("ERR: 4012,OK: <id>"): read both.
        entries = [part.strip() for entry in answer.message_ids for part in entry.split(",")]
        if len(entries) != len(batch.numbers):
            error = UnexpectedResponseError(
                f"easysendsms answered {len(entries)} ids for {len(batch.numbers)} recipients",
                provider=self.provider, operation="sendSms",
            )  # fmt: skip
            return [RecipientResult(n.e164, "unknown", number=n.e164, error=error) for n in batch.numbers]
        results = []
        for number, entry in zip(batch.numbers, entries, strict=True):
            state, _, value = entry.partition(":")
            value = value.strip()
            if state == "OK":
                results.append(RecipientResult(number.e164, "accepted", number=number.e164, message_id=value))
            elif state == "ERR":
                results.append(RecipientResult(number.e164, "rejected", number=number.e164, error=self._skip(value)))
            else:  # a word the documents do not give: the gateway may have taken this one
                error = UnexpectedResponseError(f"easysendsms answered {state!r} for this recipient",
                                                provider=self.provider, operation="sendSms")  # fmt: skip
                results.append(RecipientResult(number.e164, "unknown", number=number.e164, error=error))
        return results

    def _skip(self, code: str) -> SmsKitError:
        entry = self._spec.operations["sendSms"].error(int(code) if code.isdigit() else code)
        cls = KIND_TO_ERROR.get(entry.kind, InvalidRecipientError) if entry else InvalidRecipientError
        description = entry.description if entry else None
        return cls(f"easysendsms skipped this recipient: {code} {description or ''}".strip(),
                   provider=self.provider, code=int(code) if code.isdigit() else code, description=description,
                   operation="sendSms", not_processed=True)  # fmt: skip

    def _send_flow(self, batch: Batch) -> SendFlow:
        answer = yield send_sms_request(self._request(batch))
        return self._results(batch, answer)

    def _balance_flow(self) -> Flow[Balance]:
        answer = yield get_balance_request()
        return Balance(float(answer.balance))


class EasySendSMS(_EasySendSMS, ClientBase, Operations):
    """EasySendSMS, synchronous: `send()`, `balance()` and every operation of the spec."""


class AsyncEasySendSMS(_EasySendSMS, AsyncClientBase, AsyncOperations):
    """EasySendSMS, asynchronous: the same surface as `EasySendSMS`, awaited."""
