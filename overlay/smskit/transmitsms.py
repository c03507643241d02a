"""TransmitSMS / Burst SMS REST API: `TransmitSMS` and `AsyncTransmitSMS`.

Auth is HTTP Basic with the API key and secret (arguments, or `TRANSMITSMS_API_KEY` / `TRANSMITSMS_API_SECRET`).
Every method is called as a form POST to its `.json` path (the spec's GET twins are the same methods).
A send takes up to 500 numbers; TransmitSMS drops invalid and opted-out numbers silently and answers only a
count, so when the count falls short `send()` reads the message's recipient list (`get-sms-sent`) to say,
per recipient, who was taken and who was not: nobody is lost without a result.
"""

from __future__ import annotations

import datetime as dt
from types import ModuleType
from typing import ClassVar, Unpack

import transmitsms_client
from smskit._auth import Basic
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
from smskit._exceptions import InputError, InvalidRecipientError
from smskit._input import check_url
from smskit._outcome import failed_read, unattributed
from smskit._results import Balance, RecipientResult
from smskit._secret import Secret, from_env, secret
from transmitsms_client.api.account import get_balance
from transmitsms_client.api.keywords import add_keyword, edit_keyword, get_keywords
from transmitsms_client.api.lists import (
    add_list,
    add_to_list,
    delete_from_list,
    get_list,
    get_lists,
    optout_list_member,
    remove_list,
)
from transmitsms_client.api.numbers import get_number, get_numbers, lease_number
from transmitsms_client.api.reporting import (
    get_sms,
    get_sms_delivery_status,
    get_sms_responses,
    get_sms_sent,
    get_sms_stats,
    get_user_sms_responses,
)
from transmitsms_client.api.resellers import add_client, get_client, get_clients
from transmitsms_client.api.sms import cancel_sms, format_number, send_sms
from transmitsms_client.models import (
    AddClientRequest,
    AddKeywordRequest,
    AddListRequest,
    AddListResponse,
    AddToListRequest,
    AddToListResponse,
    BalanceResponse,
    CancelSmsRequest,
    CancelSmsResponse,
    ClientResponse,
    DeleteFromListRequest,
    EditKeywordRequest,
    FormatNumberRequest,
    FormatNumberResponse,
    GetClientRequest,
    GetClientsRequest,
    GetClientsResponse,
    GetKeywordsRequest,
    GetKeywordsResponse,
    GetListRequest,
    GetListResponse,
    GetListsRequest,
    GetListsResponse,
    GetNumberRequest,
    GetNumbersRequest,
    GetNumbersResponse,
    GetSmsDeliveryStatusRequest,
    GetSmsDeliveryStatusResponse,
    GetSmsRequest,
    GetSmsResponse,
    GetSmsResponsesRequest,
    GetSmsSentRequest,
    GetSmsSentResponse,
    GetSmsStatsRequest,
    GetSmsStatsResponse,
    GetUserSmsResponsesRequest,
    KeywordResponse,
    LeaseNumberRequest,
    ListIdsResponse,
    NumberResponse,
    OptoutListMemberRequest,
    RemoveListRequest,
    RemoveListResponse,
    SendSmsRequest,
    SendSmsResponse,
    SmsResponsesResponse,
)

__all__ = ["AsyncTransmitSMS", "TransmitSMS"]

_PAGE = 100  # get-sms-sent's documented maximum page size


def _auth(api_key: Secret | None, api_secret: Secret | None) -> Basic:
    key = api_key or from_env("TRANSMITSMS_API_KEY")
    pw = api_secret if api_secret is not None else from_env("TRANSMITSMS_API_SECRET")
    if not key or pw is None:
        raise InputError("api_key", "required", "pass api_key= and api_secret= or set TRANSMITSMS_API_KEY / _SECRET")
    return Basic(key, pw)


class _TransmitSMS(_Common):
    provider = "transmitsms"
    _package: ClassVar[ModuleType] = transmitsms_client
    _send_operation = "sendSms"
    dlr_callback: str | None
    reply_callback: str | None

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

    @staticmethod
    def _sent_page(message_id: int, page: int) -> GetSmsSentRequest:
        return GetSmsSentRequest(message_id=message_id, page=page, max_=_PAGE)

    def _send_flow(self, batch: Batch) -> SendFlow:
        answer = yield Call("sendSms", send_sms, {"body": self._request(batch)})
        if answer.recipients >= len(batch.numbers):
            return self._results(batch, answer, None)
        # Fewer taken than sent: the message's recipient list says who (invalid and opted-out numbers are dropped).
        taken: set[str] = set()
        page = 1
        try:
            while True:
                sent = yield Call("getSmsSent", get_sms_sent, {"body": self._sent_page(answer.message_id, page)})
                taken.update(str(r.msisdn) for r in (sent.recipients or []))
                if page >= sent.page.count:
                    return self._results(batch, answer, taken)
                page += 1
        except Exception as exc:  # the message was taken: a failed read never makes its recipients rejected
            return unattributed(batch.numbers, self.provider, "getSmsSent", str(answer.message_id), failed_read(exc))


class TransmitSMS(_TransmitSMS, ClientBase):
    """TransmitSMS, synchronous."""

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
        api_secret = secret(api_secret, "api_secret")
        self.dlr_callback, self.reply_callback = dlr_callback, reply_callback
        super().__init__(auth=_auth(api_key, api_secret), **options)

    def send_sms(self, body: SendSmsRequest) -> SendSmsResponse:
        answer: SendSmsResponse = self._call("sendSms", send_sms, body=body)
        return answer

    def get_balance(self) -> BalanceResponse:
        answer: BalanceResponse = self._call("getBalance", get_balance)
        return answer

    def add_keyword(self, body: AddKeywordRequest) -> KeywordResponse:
        answer: KeywordResponse = self._call("addKeyword", add_keyword, body=body)
        return answer

    def edit_keyword(self, body: EditKeywordRequest) -> KeywordResponse:
        answer: KeywordResponse = self._call("editKeyword", edit_keyword, body=body)
        return answer

    def get_keywords(self, body: GetKeywordsRequest) -> GetKeywordsResponse:
        answer: GetKeywordsResponse = self._call("getKeywords", get_keywords, body=body)
        return answer

    def add_list(self, body: AddListRequest) -> AddListResponse:
        answer: AddListResponse = self._call("addList", add_list, body=body)
        return answer

    def add_to_list(self, body: AddToListRequest) -> AddToListResponse:
        answer: AddToListResponse = self._call("addToList", add_to_list, body=body)
        return answer

    def delete_from_list(self, body: DeleteFromListRequest) -> ListIdsResponse:
        answer: ListIdsResponse = self._call("deleteFromList", delete_from_list, body=body)
        return answer

    def get_list(self, body: GetListRequest) -> GetListResponse:
        answer: GetListResponse = self._call("getList", get_list, body=body)
        return answer

    def get_lists(self, body: GetListsRequest) -> GetListsResponse:
        answer: GetListsResponse = self._call("getLists", get_lists, body=body)
        return answer

    def optout_list_member(self, body: OptoutListMemberRequest) -> ListIdsResponse:
        answer: ListIdsResponse = self._call("optoutListMember", optout_list_member, body=body)
        return answer

    def remove_list(self, body: RemoveListRequest) -> RemoveListResponse:
        answer: RemoveListResponse = self._call("removeList", remove_list, body=body)
        return answer

    def get_number(self, body: GetNumberRequest) -> NumberResponse:
        answer: NumberResponse = self._call("getNumber", get_number, body=body)
        return answer

    def get_numbers(self, body: GetNumbersRequest) -> GetNumbersResponse:
        answer: GetNumbersResponse = self._call("getNumbers", get_numbers, body=body)
        return answer

    def lease_number(self, body: LeaseNumberRequest) -> NumberResponse:
        answer: NumberResponse = self._call("leaseNumber", lease_number, body=body)
        return answer

    def get_sms(self, body: GetSmsRequest) -> GetSmsResponse:
        answer: GetSmsResponse = self._call("getSms", get_sms, body=body)
        return answer

    def get_sms_delivery_status(self, body: GetSmsDeliveryStatusRequest) -> GetSmsDeliveryStatusResponse:
        answer: GetSmsDeliveryStatusResponse = self._call("getSmsDeliveryStatus", get_sms_delivery_status, body=body)
        return answer

    def get_sms_responses(self, body: GetSmsResponsesRequest) -> SmsResponsesResponse:
        answer: SmsResponsesResponse = self._call("getSmsResponses", get_sms_responses, body=body)
        return answer

    def get_sms_sent(self, body: GetSmsSentRequest) -> GetSmsSentResponse:
        answer: GetSmsSentResponse = self._call("getSmsSent", get_sms_sent, body=body)
        return answer

    def get_sms_stats(self, body: GetSmsStatsRequest) -> GetSmsStatsResponse:
        answer: GetSmsStatsResponse = self._call("getSmsStats", get_sms_stats, body=body)
        return answer

    def get_user_sms_responses(self, body: GetUserSmsResponsesRequest) -> SmsResponsesResponse:
        answer: SmsResponsesResponse = self._call("getUserSmsResponses", get_user_sms_responses, body=body)
        return answer

    def add_client(self, body: AddClientRequest) -> ClientResponse:
        answer: ClientResponse = self._call("addClient", add_client, body=body)
        return answer

    def get_client(self, body: GetClientRequest) -> ClientResponse:
        answer: ClientResponse = self._call("getClient", get_client, body=body)
        return answer

    def get_clients(self, body: GetClientsRequest) -> GetClientsResponse:
        answer: GetClientsResponse = self._call("getClients", get_clients, body=body)
        return answer

    def cancel_sms(self, body: CancelSmsRequest) -> CancelSmsResponse:
        answer: CancelSmsResponse = self._call("cancelSms", cancel_sms, body=body)
        return answer

    def format_number(self, body: FormatNumberRequest) -> FormatNumberResponse:
        answer: FormatNumberResponse = self._call("formatNumber", format_number, body=body)
        return answer

    def balance(self) -> Balance:
        answer = self.get_balance()
        return Balance(answer.balance, answer.currency)


class AsyncTransmitSMS(_TransmitSMS, AsyncClientBase):
    """TransmitSMS, asynchronous: the same surface as `TransmitSMS`, awaited."""

    def __init__(
        self,
        api_key: str | Secret | None = None,
        api_secret: str | Secret | None = None,
        *,
        dlr_callback: str | None = None,
        reply_callback: str | None = None,
        **options: Unpack[AsyncClientOptions],
    ) -> None:
        api_key = secret(api_key, "api_key")  # first: no frame of a failed construction shows them
        api_secret = secret(api_secret, "api_secret")
        self.dlr_callback, self.reply_callback = dlr_callback, reply_callback
        super().__init__(auth=_auth(api_key, api_secret), **options)

    async def send_sms(self, body: SendSmsRequest) -> SendSmsResponse:
        answer: SendSmsResponse = await self._call("sendSms", send_sms, body=body)
        return answer

    async def get_balance(self) -> BalanceResponse:
        answer: BalanceResponse = await self._call("getBalance", get_balance)
        return answer

    async def add_keyword(self, body: AddKeywordRequest) -> KeywordResponse:
        answer: KeywordResponse = await self._call("addKeyword", add_keyword, body=body)
        return answer

    async def edit_keyword(self, body: EditKeywordRequest) -> KeywordResponse:
        answer: KeywordResponse = await self._call("editKeyword", edit_keyword, body=body)
        return answer

    async def get_keywords(self, body: GetKeywordsRequest) -> GetKeywordsResponse:
        answer: GetKeywordsResponse = await self._call("getKeywords", get_keywords, body=body)
        return answer

    async def add_list(self, body: AddListRequest) -> AddListResponse:
        answer: AddListResponse = await self._call("addList", add_list, body=body)
        return answer

    async def add_to_list(self, body: AddToListRequest) -> AddToListResponse:
        answer: AddToListResponse = await self._call("addToList", add_to_list, body=body)
        return answer

    async def delete_from_list(self, body: DeleteFromListRequest) -> ListIdsResponse:
        answer: ListIdsResponse = await self._call("deleteFromList", delete_from_list, body=body)
        return answer

    async def get_list(self, body: GetListRequest) -> GetListResponse:
        answer: GetListResponse = await self._call("getList", get_list, body=body)
        return answer

    async def get_lists(self, body: GetListsRequest) -> GetListsResponse:
        answer: GetListsResponse = await self._call("getLists", get_lists, body=body)
        return answer

    async def optout_list_member(self, body: OptoutListMemberRequest) -> ListIdsResponse:
        answer: ListIdsResponse = await self._call("optoutListMember", optout_list_member, body=body)
        return answer

    async def remove_list(self, body: RemoveListRequest) -> RemoveListResponse:
        answer: RemoveListResponse = await self._call("removeList", remove_list, body=body)
        return answer

    async def get_number(self, body: GetNumberRequest) -> NumberResponse:
        answer: NumberResponse = await self._call("getNumber", get_number, body=body)
        return answer

    async def get_numbers(self, body: GetNumbersRequest) -> GetNumbersResponse:
        answer: GetNumbersResponse = await self._call("getNumbers", get_numbers, body=body)
        return answer

    async def lease_number(self, body: LeaseNumberRequest) -> NumberResponse:
        answer: NumberResponse = await self._call("leaseNumber", lease_number, body=body)
        return answer

    async def get_sms(self, body: GetSmsRequest) -> GetSmsResponse:
        answer: GetSmsResponse = await self._call("getSms", get_sms, body=body)
        return answer

    async def get_sms_delivery_status(self, body: GetSmsDeliveryStatusRequest) -> GetSmsDeliveryStatusResponse:
        answer: GetSmsDeliveryStatusResponse = await self._call(
            "getSmsDeliveryStatus", get_sms_delivery_status, body=body
        )
        return answer

    async def get_sms_responses(self, body: GetSmsResponsesRequest) -> SmsResponsesResponse:
        answer: SmsResponsesResponse = await self._call("getSmsResponses", get_sms_responses, body=body)
        return answer

    async def get_sms_sent(self, body: GetSmsSentRequest) -> GetSmsSentResponse:
        answer: GetSmsSentResponse = await self._call("getSmsSent", get_sms_sent, body=body)
        return answer

    async def get_sms_stats(self, body: GetSmsStatsRequest) -> GetSmsStatsResponse:
        answer: GetSmsStatsResponse = await self._call("getSmsStats", get_sms_stats, body=body)
        return answer

    async def get_user_sms_responses(self, body: GetUserSmsResponsesRequest) -> SmsResponsesResponse:
        answer: SmsResponsesResponse = await self._call("getUserSmsResponses", get_user_sms_responses, body=body)
        return answer

    async def add_client(self, body: AddClientRequest) -> ClientResponse:
        answer: ClientResponse = await self._call("addClient", add_client, body=body)
        return answer

    async def get_client(self, body: GetClientRequest) -> ClientResponse:
        answer: ClientResponse = await self._call("getClient", get_client, body=body)
        return answer

    async def get_clients(self, body: GetClientsRequest) -> GetClientsResponse:
        answer: GetClientsResponse = await self._call("getClients", get_clients, body=body)
        return answer

    async def cancel_sms(self, body: CancelSmsRequest) -> CancelSmsResponse:
        answer: CancelSmsResponse = await self._call("cancelSms", cancel_sms, body=body)
        return answer

    async def format_number(self, body: FormatNumberRequest) -> FormatNumberResponse:
        answer: FormatNumberResponse = await self._call("formatNumber", format_number, body=body)
        return answer

    async def balance(self) -> Balance:
        answer = await self.get_balance()
        return Balance(answer.balance, answer.currency)
