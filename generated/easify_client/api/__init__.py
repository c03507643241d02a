"""Every operation of this API as a typed request and as client methods (generated, smskit's template)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar, cast

import httpx

from .. import errors
from ..client import Client
from ..models.get_sms_report_order import GetSmsReportOrder
from ..types import UNSET, Unset

if TYPE_CHECKING:
    import datetime

    from ..models.api_error import ApiError
    from ..models.campaign_item_list import CampaignItemList
    from ..models.phone_number_list import PhoneNumberList
    from ..models.phone_number_response import PhoneNumberResponse
    from ..models.send_sms_campaign_request import SendSmsCampaignRequest
    from ..models.send_sms_campaign_response import SendSmsCampaignResponse
    from ..models.send_sms_multipart_request import SendSmsMultipartRequest
    from ..models.send_sms_request import SendSmsRequest
    from ..models.send_sms_response import SendSmsResponse
    from ..models.sms_record_list import SmsRecordList
    from ..models.sms_status_filter import SmsStatusFilter
    from ..models.sms_status_response import SmsStatusResponse
    from ..models.template_list import TemplateList
    from ..models.update_phone_number_webhook_request import UpdatePhoneNumberWebhookRequest
    from ..models.validation_error import ValidationError

T = TypeVar("T")

# `raise_on_unexpected_status`: a 2xx status the spec does not list is an error, never an empty success.
_STRICT = Client(base_url="", raise_on_unexpected_status=True)


class Request(NamedTuple, Generic[T]):
    """One operation's request, built and not sent."""

    method: str  # the spec's method and path template: which operation this is
    path: str
    kwargs: dict[str, Any]  # the httpx request arguments: method, url, params, json / data / files, headers
    parse: Callable[[httpx.Response], T]  # the spec's model of a 2xx answer


def _success(response: httpx.Response) -> None:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)


def list_phone_numbers_request(
    *,
    limit: int | Unset = UNSET,
    page: int | Unset = UNSET,
) -> Request[PhoneNumberList]:
    """GET /phone-numbers: the request, not sent."""
    from .phone_numbers import list_phone_numbers as endpoint

    def parse(response: httpx.Response) -> PhoneNumberList:
        _success(response)
        return cast("PhoneNumberList", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        limit=limit,
        page=page,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/phone-numbers", kwargs, parse)


def update_phone_number_webhook_request(
    body: UpdatePhoneNumberWebhookRequest,
) -> Request[PhoneNumberResponse]:
    """PATCH /phone-numbers/update: the request, not sent."""
    from .phone_numbers import update_phone_number_webhook as endpoint

    def parse(response: httpx.Response) -> PhoneNumberResponse:
        _success(response)
        return cast("PhoneNumberResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("PATCH", "/phone-numbers/update", kwargs, parse)


def send_sms_request(
    body: SendSmsRequest | SendSmsMultipartRequest | Unset = UNSET,
) -> Request[SendSmsResponse]:
    """POST /sms/send: the request, not sent."""
    from .sms import send_sms as endpoint

    def parse(response: httpx.Response) -> SendSmsResponse:
        _success(response)
        return cast("SendSmsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/sms/send", kwargs, parse)


def get_chat_history_request(
    *,
    sender: str,
    receiver: str,
    country_code: str,
    limit: int | Unset = 10,
    page: int | Unset = UNSET,
) -> Request[SmsRecordList]:
    """GET /sms/chat-history: the request, not sent."""
    from .sms import get_chat_history as endpoint

    def parse(response: httpx.Response) -> SmsRecordList:
        _success(response)
        return cast("SmsRecordList", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        sender=sender,
        receiver=receiver,
        country_code=country_code,
        limit=limit,
        page=page,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/sms/chat-history", kwargs, parse)


def list_sms_templates_request(
    *,
    limit: int | Unset = 10,
    page: int | Unset = UNSET,
) -> Request[TemplateList]:
    """GET /sms/templates: the request, not sent."""
    from .sms import list_sms_templates as endpoint

    def parse(response: httpx.Response) -> TemplateList:
        _success(response)
        return cast("TemplateList", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        limit=limit,
        page=page,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/sms/templates", kwargs, parse)


def get_sms_status_request(
    *,
    sms_id: str,
) -> Request[SmsStatusResponse]:
    """GET /sms/status: the request, not sent."""
    from .sms import get_sms_status as endpoint

    def parse(response: httpx.Response) -> SmsStatusResponse:
        _success(response)
        return cast("SmsStatusResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        sms_id=sms_id,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/sms/status", kwargs, parse)


def get_sms_report_request(
    *,
    from_date: datetime.date,
    to_date: datetime.date,
    limit: int | Unset = 10,
    page: int | Unset = UNSET,
    status: SmsStatusFilter | Unset = UNSET,
    sender: str | Unset = UNSET,
    receiver: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    order: GetSmsReportOrder | Unset = GetSmsReportOrder.DESC,
) -> Request[SmsRecordList]:
    """GET /sms/report: the request, not sent."""
    from .sms import get_sms_report as endpoint

    def parse(response: httpx.Response) -> SmsRecordList:
        _success(response)
        return cast("SmsRecordList", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        from_date=from_date,
        to_date=to_date,
        limit=limit,
        page=page,
        status=status,
        sender=sender,
        receiver=receiver,
        country_code=country_code,
        order=order,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/sms/report", kwargs, parse)


def send_sms_campaign_request(
    body: SendSmsCampaignRequest,
) -> Request[SendSmsCampaignResponse]:
    """POST /sms/campaign/send: the request, not sent."""
    from .campaigns import send_sms_campaign as endpoint

    def parse(response: httpx.Response) -> SendSmsCampaignResponse:
        _success(response)
        return cast("SendSmsCampaignResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/sms/campaign/send", kwargs, parse)


def list_sms_campaign_items_request(
    *,
    campaign_id: int,
    limit: int | Unset = 10,
    page: int | Unset = UNSET,
) -> Request[CampaignItemList]:
    """GET /sms/campaign/items: the request, not sent."""
    from .campaigns import list_sms_campaign_items as endpoint

    def parse(response: httpx.Response) -> CampaignItemList:
        _success(response)
        return cast("CampaignItemList", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        campaign_id=campaign_id,
        limit=limit,
        page=page,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/sms/campaign/items", kwargs, parse)


class Operations:
    """Every operation as a method; `_send` sends the request (a client supplies it)."""

    def _send(self, request: Request[T]) -> T:
        raise NotImplementedError

    def list_phone_numbers(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> PhoneNumberList:
        """List the account's active, approved phone numbers"""
        return self._send(
            list_phone_numbers_request(
                limit=limit,
                page=page,
            )
        )

    def update_phone_number_webhook(
        self,
        body: UpdatePhoneNumberWebhookRequest,
    ) -> PhoneNumberResponse:
        """Set the inbound-SMS webhook URL of one phone number"""
        return self._send(
            update_phone_number_webhook_request(
                body=body,
            )
        )

    def send_sms(
        self,
        body: SendSmsRequest | SendSmsMultipartRequest | Unset = UNSET,
    ) -> SendSmsResponse:
        """Send one SMS or MMS from an Easify number"""
        return self._send(
            send_sms_request(
                body=body,
            )
        )

    def get_chat_history(
        self,
        *,
        sender: str,
        receiver: str,
        country_code: str,
        limit: int | Unset = 10,
        page: int | Unset = UNSET,
    ) -> SmsRecordList:
        """Read the conversation between one account number and one contact"""
        return self._send(
            get_chat_history_request(
                sender=sender,
                receiver=receiver,
                country_code=country_code,
                limit=limit,
                page=page,
            )
        )

    def list_sms_templates(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = UNSET,
    ) -> TemplateList:
        """List the account's approved SMS templates"""
        return self._send(
            list_sms_templates_request(
                limit=limit,
                page=page,
            )
        )

    def get_sms_status(
        self,
        *,
        sms_id: str,
    ) -> SmsStatusResponse:
        """Read the delivery status of a sent message"""
        return self._send(
            get_sms_status_request(
                sms_id=sms_id,
            )
        )

    def get_sms_report(
        self,
        *,
        from_date: datetime.date,
        to_date: datetime.date,
        limit: int | Unset = 10,
        page: int | Unset = UNSET,
        status: SmsStatusFilter | Unset = UNSET,
        sender: str | Unset = UNSET,
        receiver: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        order: GetSmsReportOrder | Unset = GetSmsReportOrder.DESC,
    ) -> SmsRecordList:
        """List sent messages over a date range, with filters"""
        return self._send(
            get_sms_report_request(
                from_date=from_date,
                to_date=to_date,
                limit=limit,
                page=page,
                status=status,
                sender=sender,
                receiver=receiver,
                country_code=country_code,
                order=order,
            )
        )

    def send_sms_campaign(
        self,
        body: SendSmsCampaignRequest,
    ) -> SendSmsCampaignResponse:
        """Launch a campaign from templates and a CSV of recipients"""
        return self._send(
            send_sms_campaign_request(
                body=body,
            )
        )

    def list_sms_campaign_items(
        self,
        *,
        campaign_id: int,
        limit: int | Unset = 10,
        page: int | Unset = UNSET,
    ) -> CampaignItemList:
        """List the individual messages of a campaign"""
        return self._send(
            list_sms_campaign_items_request(
                campaign_id=campaign_id,
                limit=limit,
                page=page,
            )
        )


class AsyncOperations:
    """Every operation as a coroutine method; `_send` sends the request (a client supplies it)."""

    async def _send(self, request: Request[T]) -> T:
        raise NotImplementedError

    async def list_phone_numbers(
        self,
        *,
        limit: int | Unset = UNSET,
        page: int | Unset = UNSET,
    ) -> PhoneNumberList:
        """List the account's active, approved phone numbers"""
        return await self._send(
            list_phone_numbers_request(
                limit=limit,
                page=page,
            )
        )

    async def update_phone_number_webhook(
        self,
        body: UpdatePhoneNumberWebhookRequest,
    ) -> PhoneNumberResponse:
        """Set the inbound-SMS webhook URL of one phone number"""
        return await self._send(
            update_phone_number_webhook_request(
                body=body,
            )
        )

    async def send_sms(
        self,
        body: SendSmsRequest | SendSmsMultipartRequest | Unset = UNSET,
    ) -> SendSmsResponse:
        """Send one SMS or MMS from an Easify number"""
        return await self._send(
            send_sms_request(
                body=body,
            )
        )

    async def get_chat_history(
        self,
        *,
        sender: str,
        receiver: str,
        country_code: str,
        limit: int | Unset = 10,
        page: int | Unset = UNSET,
    ) -> SmsRecordList:
        """Read the conversation between one account number and one contact"""
        return await self._send(
            get_chat_history_request(
                sender=sender,
                receiver=receiver,
                country_code=country_code,
                limit=limit,
                page=page,
            )
        )

    async def list_sms_templates(
        self,
        *,
        limit: int | Unset = 10,
        page: int | Unset = UNSET,
    ) -> TemplateList:
        """List the account's approved SMS templates"""
        return await self._send(
            list_sms_templates_request(
                limit=limit,
                page=page,
            )
        )

    async def get_sms_status(
        self,
        *,
        sms_id: str,
    ) -> SmsStatusResponse:
        """Read the delivery status of a sent message"""
        return await self._send(
            get_sms_status_request(
                sms_id=sms_id,
            )
        )

    async def get_sms_report(
        self,
        *,
        from_date: datetime.date,
        to_date: datetime.date,
        limit: int | Unset = 10,
        page: int | Unset = UNSET,
        status: SmsStatusFilter | Unset = UNSET,
        sender: str | Unset = UNSET,
        receiver: str | Unset = UNSET,
        country_code: str | Unset = UNSET,
        order: GetSmsReportOrder | Unset = GetSmsReportOrder.DESC,
    ) -> SmsRecordList:
        """List sent messages over a date range, with filters"""
        return await self._send(
            get_sms_report_request(
                from_date=from_date,
                to_date=to_date,
                limit=limit,
                page=page,
                status=status,
                sender=sender,
                receiver=receiver,
                country_code=country_code,
                order=order,
            )
        )

    async def send_sms_campaign(
        self,
        body: SendSmsCampaignRequest,
    ) -> SendSmsCampaignResponse:
        """Launch a campaign from templates and a CSV of recipients"""
        return await self._send(
            send_sms_campaign_request(
                body=body,
            )
        )

    async def list_sms_campaign_items(
        self,
        *,
        campaign_id: int,
        limit: int | Unset = 10,
        page: int | Unset = UNSET,
    ) -> CampaignItemList:
        """List the individual messages of a campaign"""
        return await self._send(
            list_sms_campaign_items_request(
                campaign_id=campaign_id,
                limit=limit,
                page=page,
            )
        )


__all__ = [
    "AsyncOperations",
    "Operations",
    "Request",
    "get_chat_history_request",
    "get_sms_report_request",
    "get_sms_status_request",
    "list_phone_numbers_request",
    "list_sms_campaign_items_request",
    "list_sms_templates_request",
    "send_sms_campaign_request",
    "send_sms_request",
    "update_phone_number_webhook_request",
]
