"""Easify v2: `Easify` and `AsyncEasify`.

Auth is a Bearer token (argument `token`, or `EASIFY_API_TOKEN`); messages go out from one of the account's
Easify numbers (`from_number`, or `EASIFY_FROM_NUMBER`; `send(sender=...)` picks another). One recipient
per request, in the countries Easify serves (+1, +972, +44), written as national number plus country code.
Outside the account's opening hours Easify holds a message until they open; `force_send=True` sends at once.
Easify documents no balance call and no scheduling parameter.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
from types import ModuleType
from typing import ClassVar, Unpack

import easify_client
from easify_client.api.campaigns import list_sms_campaign_items, send_sms_campaign
from easify_client.api.phone_numbers import list_phone_numbers, update_phone_number_webhook
from easify_client.api.sms import get_chat_history, get_sms_report, get_sms_status, list_sms_templates, send_sms
from easify_client.models import (
    CampaignItemList,
    ForceSend,
    PhoneNumberList,
    PhoneNumberResponse,
    SendCountryCode,
    SendSmsCampaignRequest,
    SendSmsCampaignResponse,
    SendSmsRequest,
    SendSmsResponse,
    SmsRecordList,
    SmsStatusResponse,
    TemplateList,
    UpdatePhoneNumberWebhookRequest,
)
from smskit._auth import Bearer
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
from smskit._exceptions import InputError
from smskit._numbers import Number, parse_number
from smskit._results import RecipientResult
from smskit._secret import Secret, from_env, secret

__all__ = ["AsyncEasify", "Easify"]

_COUNTRIES = {code.value: code for code in SendCountryCode}


@functools.lru_cache(maxsize=64)
def _national(sender: str) -> str:
    """An Easify number as Easify takes it, without country code (national numbers read as US / Canada)."""
    return parse_number(sender, "US", field="sender").national


def _token(token: Secret | None) -> Bearer:
    value = token or from_env("EASIFY_API_TOKEN")
    if not value:
        raise InputError("token", "required", "pass token= or set EASIFY_API_TOKEN")
    return Bearer(value)


class _Easify(_Common):
    provider = "easify"
    _package: ClassVar[ModuleType] = easify_client
    _send_operation = "sendSms"
    supports_scheduling = False
    from_number: str | None
    force_send: bool

    def _check_number(self, number: Number) -> None:
        if number.country_code not in _COUNTRIES:
            raise InputError("to", "country_code", f"Easify serves {', '.join(_COUNTRIES)} only")

    _sender_hint = "pass from_number= (one of your Easify numbers) or sender="

    def _fallback_sender(self) -> str | None:
        return self.from_number

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

    def _send_flow(self, batch: Batch) -> SendFlow:
        answer = yield Call("sendSms", send_sms, {"body": self._request(batch)})
        return self._results(batch, answer)


class Easify(_Easify, ClientBase):
    """Easify, synchronous."""

    def __init__(
        self,
        token: str | Secret | None = None,
        *,
        from_number: str | None = None,
        force_send: bool = False,
        **options: Unpack[ClientOptions],
    ) -> None:
        token = secret(token, "token")  # first: no frame of a failed construction shows the token
        self.from_number = from_number or os.environ.get("EASIFY_FROM_NUMBER")
        self.force_send = force_send
        super().__init__(auth=_token(token), **options)

    def send_sms(self, body: SendSmsRequest) -> SendSmsResponse:
        answer: SendSmsResponse = self._call("sendSms", send_sms, body=body)
        return answer

    def get_sms_status(self, sms_id: str) -> SmsStatusResponse:
        answer: SmsStatusResponse = self._call("getSmsStatus", get_sms_status, sms_id=sms_id)
        return answer

    def list_phone_numbers(self, limit: int = 10, page: int = 1) -> PhoneNumberList:
        answer: PhoneNumberList = self._call("listPhoneNumbers", list_phone_numbers, limit=limit, page=page)
        return answer

    def update_phone_number_webhook(self, phone_number_id: int, webhook_url: str) -> PhoneNumberResponse:
        body = UpdatePhoneNumberWebhookRequest(phone_number_id=phone_number_id, webhook_url=webhook_url)
        answer: PhoneNumberResponse = self._call("updatePhoneNumberWebhook", update_phone_number_webhook, body=body)
        return answer

    def get_chat_history(self, sender: str, receiver: str, country_code: str, limit: int = 10,
                         page: int = 1) -> SmsRecordList:  # fmt: skip
        answer: SmsRecordList = self._call("getChatHistory", get_chat_history, sender=sender, receiver=receiver,
                                           country_code=country_code, limit=limit, page=page)  # fmt: skip
        return answer

    def list_sms_templates(self, limit: int = 10, page: int = 1) -> TemplateList:
        answer: TemplateList = self._call("listSmsTemplates", list_sms_templates, limit=limit, page=page)
        return answer

    def get_sms_report(self, from_date: dt.date, to_date: dt.date, limit: int = 10, page: int = 1) -> SmsRecordList:
        answer: SmsRecordList = self._call("getSmsReport", get_sms_report, from_date=from_date, to_date=to_date,
                                           limit=limit, page=page)  # fmt: skip
        return answer

    def send_sms_campaign(self, body: SendSmsCampaignRequest) -> SendSmsCampaignResponse:
        answer: SendSmsCampaignResponse = self._call("sendSmsCampaign", send_sms_campaign, body=body)
        return answer

    def list_sms_campaign_items(self, campaign_id: int, limit: int = 10, page: int = 1) -> CampaignItemList:
        answer: CampaignItemList = self._call("listSmsCampaignItems", list_sms_campaign_items,
                                              campaign_id=campaign_id, limit=limit, page=page)  # fmt: skip
        return answer


class AsyncEasify(_Easify, AsyncClientBase):
    """Easify, asynchronous: the same surface as `Easify`, awaited."""

    def __init__(
        self,
        token: str | Secret | None = None,
        *,
        from_number: str | None = None,
        force_send: bool = False,
        **options: Unpack[AsyncClientOptions],
    ) -> None:
        token = secret(token, "token")  # first: no frame of a failed construction shows the token
        self.from_number = from_number or os.environ.get("EASIFY_FROM_NUMBER")
        self.force_send = force_send
        super().__init__(auth=_token(token), **options)

    async def send_sms(self, body: SendSmsRequest) -> SendSmsResponse:
        answer: SendSmsResponse = await self._call("sendSms", send_sms, body=body)
        return answer

    async def get_sms_status(self, sms_id: str) -> SmsStatusResponse:
        answer: SmsStatusResponse = await self._call("getSmsStatus", get_sms_status, sms_id=sms_id)
        return answer

    async def list_phone_numbers(self, limit: int = 10, page: int = 1) -> PhoneNumberList:
        answer: PhoneNumberList = await self._call("listPhoneNumbers", list_phone_numbers, limit=limit, page=page)
        return answer

    async def update_phone_number_webhook(self, phone_number_id: int, webhook_url: str) -> PhoneNumberResponse:
        body = UpdatePhoneNumberWebhookRequest(phone_number_id=phone_number_id, webhook_url=webhook_url)
        answer: PhoneNumberResponse = await self._call("updatePhoneNumberWebhook", update_phone_number_webhook,
                                                       body=body)  # fmt: skip
        return answer

    async def get_chat_history(self, sender: str, receiver: str, country_code: str, limit: int = 10,
                               page: int = 1) -> SmsRecordList:  # fmt: skip
        answer: SmsRecordList = await self._call("getChatHistory", get_chat_history, sender=sender,
                                                 receiver=receiver, country_code=country_code, limit=limit,
                                                 page=page)  # fmt: skip
        return answer

    async def list_sms_templates(self, limit: int = 10, page: int = 1) -> TemplateList:
        answer: TemplateList = await self._call("listSmsTemplates", list_sms_templates, limit=limit, page=page)
        return answer

    async def get_sms_report(self, from_date: dt.date, to_date: dt.date, limit: int = 10,
                             page: int = 1) -> SmsRecordList:  # fmt: skip
        answer: SmsRecordList = await self._call("getSmsReport", get_sms_report, from_date=from_date,
                                                 to_date=to_date, limit=limit, page=page)  # fmt: skip
        return answer

    async def send_sms_campaign(self, body: SendSmsCampaignRequest) -> SendSmsCampaignResponse:
        answer: SendSmsCampaignResponse = await self._call("sendSmsCampaign", send_sms_campaign, body=body)
        return answer

    async def list_sms_campaign_items(self, campaign_id: int, limit: int = 10, page: int = 1) -> CampaignItemList:
        answer: CampaignItemList = await self._call("listSmsCampaignItems", list_sms_campaign_items,
                                                    campaign_id=campaign_id, limit=limit, page=page)  # fmt: skip
        return answer
