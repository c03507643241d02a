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
from easysendsms_client.api.account import get_balance, get_balance_by_post
from easysendsms_client.api.lookup import hlr_query, validate_numbers
from easysendsms_client.api.sms import send_sms
from easysendsms_client.models import (
    BalanceResponse,
    HlrQueryResponse,
    NumberQueryRequest,
    NumberValidationResponse,
    SendSmsRequest,
    SendSmsRequestType,
    SendSmsResponse,
)
from smskit._auth import ApiKeyHeader
from smskit._base import (
    AsyncClientBase,
    AsyncClientOptions,
    Batch,
    Call,
    ClientBase,
    ClientOptions,
    SendFlow,
    _Common,
)
from smskit._errors import KIND_TO_ERROR
from smskit._exceptions import InputError, InvalidRecipientError, SmsKitError, UnexpectedResponseError
from smskit._results import Balance, RecipientResult
from smskit._secret import Secret, from_env, secret

__all__ = ["AsyncEasySendSMS", "EasySendSMS"]

_TYPE = {"gsm": SendSmsRequestType.VALUE_0, "ucs2": SendSmsRequestType.VALUE_1}


def _api_key(api_key: Secret | None) -> Secret:
    key = api_key or from_env("EASYSENDSMS_API_KEY")
    if not key:
        raise InputError("api_key", "required", "pass api_key= or set EASYSENDSMS_API_KEY")
    return key


class _EasySendSMS(_Common):
    provider = "easysendsms"
    _package: ClassVar[ModuleType] = easysendsms_client
    _send_operation = "sendSms"
    _sender_hint = "pass sender= (a sender name or number)"  # the rules: the spec's x-smskit-sender

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
        if len(answer.message_ids) != len(batch.numbers):
            error = UnexpectedResponseError(
                f"easysendsms answered {len(answer.message_ids)} ids for {len(batch.numbers)} recipients",
                provider=self.provider, operation="sendSms",
            )  # fmt: skip
            return [RecipientResult(n.e164, "unknown", number=n.e164, error=error) for n in batch.numbers]
        results = []
        for number, entry in zip(batch.numbers, answer.message_ids, strict=True):
            state, _, value = entry.partition(":")
            value = value.strip()
            if state == "OK":
                results.append(RecipientResult(number.e164, "accepted", number=number.e164, message_id=value))
            else:
                results.append(RecipientResult(number.e164, "rejected", number=number.e164, error=self._skip(value)))
        return results

    def _skip(self, code: str) -> SmsKitError:
        entry = self._spec.operations["sendSms"].error(int(code) if code.isdigit() else code)
        cls = KIND_TO_ERROR.get(entry.kind, InvalidRecipientError) if entry else InvalidRecipientError
        description = entry.description if entry else None
        return cls(f"easysendsms skipped this recipient: {code} {description or ''}".strip(),
                   provider=self.provider, code=int(code) if code.isdigit() else code, description=description,
                   operation="sendSms", not_processed=True)  # fmt: skip

    def _send_flow(self, batch: Batch) -> SendFlow:
        answer = yield Call("sendSms", send_sms, {"body": self._request(batch)})
        return self._results(batch, answer)


class EasySendSMS(_EasySendSMS, ClientBase):
    """EasySendSMS, synchronous."""

    def __init__(
        self,
        api_key: str | Secret | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        api_key = secret(api_key, "api_key")  # first: no frame of a failed construction shows the key
        super().__init__(auth=ApiKeyHeader("apikey", _api_key(api_key)), **options)

    def send_sms(self, body: SendSmsRequest) -> SendSmsResponse:
        """POST /v1/rest/sms/send as is (no batching or checks beyond the provider's own)."""
        answer: SendSmsResponse = self._call("sendSms", send_sms, body=body)
        return answer

    def get_balance(self, *, method: str = "GET") -> BalanceResponse:
        """The credit balance (GET, or POST with an empty body)."""
        endpoint = get_balance if method == "GET" else get_balance_by_post
        answer: BalanceResponse = self._call("getBalance" if method == "GET" else "getBalanceByPost", endpoint)
        return answer

    def hlr_query(self, numbers: list[str]) -> HlrQueryResponse:
        """Live network lookup (HLR) of up to 30 numbers."""
        answer: HlrQueryResponse = self._call("hlrQuery", hlr_query, body=NumberQueryRequest(number=_joined(numbers)))
        return answer

    def validate_numbers(self, numbers: list[str]) -> NumberValidationResponse:
        """Number validation (NV) of up to 30 numbers."""
        body = NumberQueryRequest(number=_joined(numbers))
        answer: NumberValidationResponse = self._call("validateNumbers", validate_numbers, body=body)
        return answer

    def balance(self) -> Balance:
        return Balance(float(self.get_balance().balance))


class AsyncEasySendSMS(_EasySendSMS, AsyncClientBase):
    """EasySendSMS, asynchronous: the same surface as `EasySendSMS`, awaited."""

    def __init__(
        self,
        api_key: str | Secret | None = None,
        **options: Unpack[AsyncClientOptions],
    ) -> None:
        api_key = secret(api_key, "api_key")  # first: no frame of a failed construction shows the key
        super().__init__(auth=ApiKeyHeader("apikey", _api_key(api_key)), **options)

    async def send_sms(self, body: SendSmsRequest) -> SendSmsResponse:
        answer: SendSmsResponse = await self._call("sendSms", send_sms, body=body)
        return answer

    async def get_balance(self, *, method: str = "GET") -> BalanceResponse:
        endpoint = get_balance if method == "GET" else get_balance_by_post
        answer: BalanceResponse = await self._call("getBalance" if method == "GET" else "getBalanceByPost", endpoint)
        return answer

    async def hlr_query(self, numbers: list[str]) -> HlrQueryResponse:
        body = NumberQueryRequest(number=_joined(numbers))
        answer: HlrQueryResponse = await self._call("hlrQuery", hlr_query, body=body)
        return answer

    async def validate_numbers(self, numbers: list[str]) -> NumberValidationResponse:
        body = NumberQueryRequest(number=_joined(numbers))
        answer: NumberValidationResponse = await self._call("validateNumbers", validate_numbers, body=body)
        return answer

    async def balance(self) -> Balance:
        return Balance(float((await self.get_balance()).balance))


def _joined(numbers: list[str]) -> str:
    if not numbers or len(numbers) > 30:
        raise InputError("numbers", "max_items", "1 to 30 numbers per lookup")
    return ",".join(n.strip().removeprefix("+") for n in numbers)
