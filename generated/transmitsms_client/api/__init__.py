"""Every operation of this API as a typed request and as client methods (generated, smskit's template)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar, cast

import httpx

from .. import errors
from ..client import Client
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_client_request import AddClientRequest
    from ..models.add_contacts_bulk_progress_request import AddContactsBulkProgressRequest
    from ..models.add_contacts_bulk_request import AddContactsBulkRequest
    from ..models.add_contacts_bulk_response import AddContactsBulkResponse
    from ..models.add_email_request import AddEmailRequest
    from ..models.add_field_to_list_request import AddFieldToListRequest
    from ..models.add_field_to_list_response import AddFieldToListResponse
    from ..models.add_keyword_request import AddKeywordRequest
    from ..models.add_list_request import AddListRequest
    from ..models.add_list_response import AddListResponse
    from ..models.add_to_list_request import AddToListRequest
    from ..models.add_to_list_response import AddToListResponse
    from ..models.balance_response import BalanceResponse
    from ..models.bulk_progress_response import BulkProgressResponse
    from ..models.cancel_sms_request import CancelSmsRequest
    from ..models.cancel_sms_response import CancelSmsResponse
    from ..models.client_response import ClientResponse
    from ..models.contact_response import ContactResponse
    from ..models.contact_sms_stats_response import ContactSmsStatsResponse
    from ..models.delete_email_request import DeleteEmailRequest
    from ..models.delete_from_list_request import DeleteFromListRequest
    from ..models.delivery_filter import DeliveryFilter
    from ..models.edit_keyword_request import EditKeywordRequest
    from ..models.edit_list_member_request import EditListMemberRequest
    from ..models.edit_number_options_request import EditNumberOptionsRequest
    from ..models.email_success_response import EmailSuccessResponse
    from ..models.error_response import ErrorResponse
    from ..models.format_number_request import FormatNumberRequest
    from ..models.format_number_response import FormatNumberResponse
    from ..models.get_client_request import GetClientRequest
    from ..models.get_clients_request import GetClientsRequest
    from ..models.get_clients_response import GetClientsResponse
    from ..models.get_contact_request import GetContactRequest
    from ..models.get_contact_sms_stats_get_order import GetContactSmsStatsGetOrder
    from ..models.get_contact_sms_stats_get_sort_field import GetContactSmsStatsGetSortField
    from ..models.get_contact_sms_stats_request import GetContactSmsStatsRequest
    from ..models.get_keywords_request import GetKeywordsRequest
    from ..models.get_keywords_response import GetKeywordsResponse
    from ..models.get_list_request import GetListRequest
    from ..models.get_list_response import GetListResponse
    from ..models.get_lists_request import GetListsRequest
    from ..models.get_lists_response import GetListsResponse
    from ..models.get_message_report_get_type import GetMessageReportGetType
    from ..models.get_message_report_request import GetMessageReportRequest
    from ..models.get_number_request import GetNumberRequest
    from ..models.get_numbers_request import GetNumbersRequest
    from ..models.get_numbers_response import GetNumbersResponse
    from ..models.get_sms_delivery_status_request import GetSmsDeliveryStatusRequest
    from ..models.get_sms_delivery_status_response import GetSmsDeliveryStatusResponse
    from ..models.get_sms_request import GetSmsRequest
    from ..models.get_sms_response import GetSmsResponse
    from ..models.get_sms_responses_request import GetSmsResponsesRequest
    from ..models.get_sms_sent_count_request import GetSmsSentCountRequest
    from ..models.get_sms_sent_request import GetSmsSentRequest
    from ..models.get_sms_sent_response import GetSmsSentResponse
    from ..models.get_sms_stats_request import GetSmsStatsRequest
    from ..models.get_sms_stats_response import GetSmsStatsResponse
    from ..models.get_user_sms_responses_request import GetUserSmsResponsesRequest
    from ..models.get_user_sms_sent_request import GetUserSmsSentRequest
    from ..models.keyword_response import KeywordResponse
    from ..models.keywords_filter import KeywordsFilter
    from ..models.lease_number_request import LeaseNumberRequest
    from ..models.list_ids_response import ListIdsResponse
    from ..models.members_filter import MembersFilter
    from ..models.message_report_response import MessageReportResponse
    from ..models.number_response import NumberResponse
    from ..models.numbers_filter import NumbersFilter
    from ..models.optout_list_member_request import OptoutListMemberRequest
    from ..models.optouts_filter import OptoutsFilter
    from ..models.outcome_response import OutcomeResponse
    from ..models.payment_method import PaymentMethod
    from ..models.remove_list_request import RemoveListRequest
    from ..models.remove_list_response import RemoveListResponse
    from ..models.response_style import ResponseStyle
    from ..models.send_sms_error_response import SendSmsErrorResponse
    from ..models.send_sms_request import SendSmsRequest
    from ..models.send_sms_response import SendSmsResponse
    from ..models.sms_responses_response import SmsResponsesResponse
    from ..models.sms_sent_count_response import SmsSentCountResponse
    from ..models.user_sms_sent_response import UserSmsSentResponse

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


def send_sms_get_request(
    *,
    message: str,
    to: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    countrycode: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    validity: int | Unset = UNSET,
    replies_to_email: str | Unset = UNSET,
    tracked_link_url: str | Unset = UNSET,
    link_hits_callback: str | Unset = UNSET,
    dlr_callback: str | Unset = UNSET,
    reply_callback: str | Unset = UNSET,
) -> Request[SendSmsResponse]:
    """GET /send-sms.json: the request, not sent."""
    from .sms import send_sms_get as endpoint

    def parse(response: httpx.Response) -> SendSmsResponse:
        _success(response)
        return cast("SendSmsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        message=message,
        to=to,
        list_id=list_id,
        countrycode=countrycode,
        from_=from_,
        send_at=send_at,
        validity=validity,
        replies_to_email=replies_to_email,
        tracked_link_url=tracked_link_url,
        link_hits_callback=link_hits_callback,
        dlr_callback=dlr_callback,
        reply_callback=reply_callback,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/send-sms.json", kwargs, parse)


def send_sms_request(
    body: SendSmsRequest,
) -> Request[SendSmsResponse]:
    """POST /send-sms.json: the request, not sent."""
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
    return Request("POST", "/send-sms.json", kwargs, parse)


def cancel_sms_get_request(
    *,
    id: int,
) -> Request[CancelSmsResponse]:
    """GET /cancel-sms.json: the request, not sent."""
    from .sms import cancel_sms_get as endpoint

    def parse(response: httpx.Response) -> CancelSmsResponse:
        _success(response)
        return cast("CancelSmsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        id=id,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/cancel-sms.json", kwargs, parse)


def cancel_sms_request(
    body: CancelSmsRequest,
) -> Request[CancelSmsResponse]:
    """POST /cancel-sms.json: the request, not sent."""
    from .sms import cancel_sms as endpoint

    def parse(response: httpx.Response) -> CancelSmsResponse:
        _success(response)
        return cast("CancelSmsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/cancel-sms.json", kwargs, parse)


def format_number_get_request(
    *,
    msisdn: str,
    countrycode: str,
) -> Request[FormatNumberResponse]:
    """GET /format-number.json: the request, not sent."""
    from .sms import format_number_get as endpoint

    def parse(response: httpx.Response) -> FormatNumberResponse:
        _success(response)
        return cast("FormatNumberResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        msisdn=msisdn,
        countrycode=countrycode,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/format-number.json", kwargs, parse)


def format_number_request(
    body: FormatNumberRequest,
) -> Request[FormatNumberResponse]:
    """POST /format-number.json: the request, not sent."""
    from .sms import format_number as endpoint

    def parse(response: httpx.Response) -> FormatNumberResponse:
        _success(response)
        return cast("FormatNumberResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/format-number.json", kwargs, parse)


def get_sms_get_request(
    *,
    message_id: int,
) -> Request[GetSmsResponse]:
    """GET /get-sms.json: the request, not sent."""
    from .reporting import get_sms_get as endpoint

    def parse(response: httpx.Response) -> GetSmsResponse:
        _success(response)
        return cast("GetSmsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        message_id=message_id,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/get-sms.json", kwargs, parse)


def get_sms_request(
    body: GetSmsRequest,
) -> Request[GetSmsResponse]:
    """POST /get-sms.json: the request, not sent."""
    from .reporting import get_sms as endpoint

    def parse(response: httpx.Response) -> GetSmsResponse:
        _success(response)
        return cast("GetSmsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/get-sms.json", kwargs, parse)


def get_sms_stats_get_request(
    *,
    message_id: int,
) -> Request[GetSmsStatsResponse]:
    """GET /get-sms-stats.json: the request, not sent."""
    from .reporting import get_sms_stats_get as endpoint

    def parse(response: httpx.Response) -> GetSmsStatsResponse:
        _success(response)
        return cast("GetSmsStatsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        message_id=message_id,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/get-sms-stats.json", kwargs, parse)


def get_sms_stats_request(
    body: GetSmsStatsRequest,
) -> Request[GetSmsStatsResponse]:
    """POST /get-sms-stats.json: the request, not sent."""
    from .reporting import get_sms_stats as endpoint

    def parse(response: httpx.Response) -> GetSmsStatsResponse:
        _success(response)
        return cast("GetSmsStatsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/get-sms-stats.json", kwargs, parse)


def get_sms_delivery_status_get_request(
    *,
    message_id: int,
    msisdn: int,
) -> Request[GetSmsDeliveryStatusResponse]:
    """GET /get-sms-delivery-status.json: the request, not sent."""
    from .reporting import get_sms_delivery_status_get as endpoint

    def parse(response: httpx.Response) -> GetSmsDeliveryStatusResponse:
        _success(response)
        return cast("GetSmsDeliveryStatusResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        message_id=message_id,
        msisdn=msisdn,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/get-sms-delivery-status.json", kwargs, parse)


def get_sms_delivery_status_request(
    body: GetSmsDeliveryStatusRequest,
) -> Request[GetSmsDeliveryStatusResponse]:
    """POST /get-sms-delivery-status.json: the request, not sent."""
    from .reporting import get_sms_delivery_status as endpoint

    def parse(response: httpx.Response) -> GetSmsDeliveryStatusResponse:
        _success(response)
        return cast("GetSmsDeliveryStatusResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/get-sms-delivery-status.json", kwargs, parse)


def get_sms_responses_get_request(
    *,
    message_id: int | Unset = UNSET,
    keyword_id: int | Unset = UNSET,
    keyword: str | Unset = UNSET,
    number: int | Unset = UNSET,
    msisdn: int | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    include_original: bool | Unset = False,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> Request[SmsResponsesResponse]:
    """GET /get-sms-responses.json: the request, not sent."""
    from .reporting import get_sms_responses_get as endpoint

    def parse(response: httpx.Response) -> SmsResponsesResponse:
        _success(response)
        return cast("SmsResponsesResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        message_id=message_id,
        keyword_id=keyword_id,
        keyword=keyword,
        number=number,
        msisdn=msisdn,
        start=start,
        end=end,
        include_original=include_original,
        page=page,
        max_=max_,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/get-sms-responses.json", kwargs, parse)


def get_sms_responses_request(
    body: GetSmsResponsesRequest,
) -> Request[SmsResponsesResponse]:
    """POST /get-sms-responses.json: the request, not sent."""
    from .reporting import get_sms_responses as endpoint

    def parse(response: httpx.Response) -> SmsResponsesResponse:
        _success(response)
        return cast("SmsResponsesResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/get-sms-responses.json", kwargs, parse)


def get_user_sms_responses_get_request(
    *,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    keywords: KeywordsFilter | Unset = UNSET,
    include_original: bool | Unset = False,
    number: int | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> Request[SmsResponsesResponse]:
    """GET /get-user-sms-responses.json: the request, not sent."""
    from .reporting import get_user_sms_responses_get as endpoint

    def parse(response: httpx.Response) -> SmsResponsesResponse:
        _success(response)
        return cast("SmsResponsesResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        start=start,
        end=end,
        keywords=keywords,
        include_original=include_original,
        number=number,
        page=page,
        max_=max_,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/get-user-sms-responses.json", kwargs, parse)


def get_user_sms_responses_request(
    body: GetUserSmsResponsesRequest | Unset = UNSET,
) -> Request[SmsResponsesResponse]:
    """POST /get-user-sms-responses.json: the request, not sent."""
    from .reporting import get_user_sms_responses as endpoint

    def parse(response: httpx.Response) -> SmsResponsesResponse:
        _success(response)
        return cast("SmsResponsesResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/get-user-sms-responses.json", kwargs, parse)


def get_sms_sent_get_request(
    *,
    message_id: int,
    list_id: int | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
    delivery: DeliveryFilter | Unset = UNSET,
    optouts: OptoutsFilter | Unset = UNSET,
) -> Request[GetSmsSentResponse]:
    """GET /get-sms-sent.json: the request, not sent."""
    from .reporting import get_sms_sent_get as endpoint

    def parse(response: httpx.Response) -> GetSmsSentResponse:
        _success(response)
        return cast("GetSmsSentResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        message_id=message_id,
        list_id=list_id,
        page=page,
        max_=max_,
        delivery=delivery,
        optouts=optouts,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/get-sms-sent.json", kwargs, parse)


def get_sms_sent_request(
    body: GetSmsSentRequest,
) -> Request[GetSmsSentResponse]:
    """POST /get-sms-sent.json: the request, not sent."""
    from .reporting import get_sms_sent as endpoint

    def parse(response: httpx.Response) -> GetSmsSentResponse:
        _success(response)
        return cast("GetSmsSentResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/get-sms-sent.json", kwargs, parse)


def get_sms_sent_count_get_request(
    *,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
) -> Request[SmsSentCountResponse]:
    """GET /get-sms-sent-count.json: the request, not sent."""
    from .reporting import get_sms_sent_count_get as endpoint

    def parse(response: httpx.Response) -> SmsSentCountResponse:
        _success(response)
        return cast("SmsSentCountResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        start=start,
        end=end,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/get-sms-sent-count.json", kwargs, parse)


def get_sms_sent_count_request(
    body: GetSmsSentCountRequest | Unset = UNSET,
) -> Request[SmsSentCountResponse]:
    """POST /get-sms-sent-count.json: the request, not sent."""
    from .reporting import get_sms_sent_count as endpoint

    def parse(response: httpx.Response) -> SmsSentCountResponse:
        _success(response)
        return cast("SmsSentCountResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/get-sms-sent-count.json", kwargs, parse)


def get_user_sms_sent_get_request(
    *,
    start: str,
    end: str,
    msisdn: int | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
    response_style: ResponseStyle | Unset = UNSET,
) -> Request[UserSmsSentResponse]:
    """GET /get-user-sms-sent.json: the request, not sent."""
    from .reporting import get_user_sms_sent_get as endpoint

    def parse(response: httpx.Response) -> UserSmsSentResponse:
        _success(response)
        return cast("UserSmsSentResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        start=start,
        end=end,
        msisdn=msisdn,
        page=page,
        max_=max_,
        response_style=response_style,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/get-user-sms-sent.json", kwargs, parse)


def get_user_sms_sent_request(
    body: GetUserSmsSentRequest,
) -> Request[UserSmsSentResponse]:
    """POST /get-user-sms-sent.json: the request, not sent."""
    from .reporting import get_user_sms_sent as endpoint

    def parse(response: httpx.Response) -> UserSmsSentResponse:
        _success(response)
        return cast("UserSmsSentResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/get-user-sms-sent.json", kwargs, parse)


def get_contact_sms_stats_get_request(
    *,
    mobile: int,
    countrycode: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    sort_field: GetContactSmsStatsGetSortField | Unset = UNSET,
    order: GetContactSmsStatsGetOrder | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> Request[ContactSmsStatsResponse]:
    """GET /get-contact-sms-stats.json: the request, not sent."""
    from .reporting import get_contact_sms_stats_get as endpoint

    def parse(response: httpx.Response) -> ContactSmsStatsResponse:
        _success(response)
        return cast("ContactSmsStatsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        mobile=mobile,
        countrycode=countrycode,
        start=start,
        end=end,
        sort_field=sort_field,
        order=order,
        page=page,
        max_=max_,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/get-contact-sms-stats.json", kwargs, parse)


def get_contact_sms_stats_request(
    body: GetContactSmsStatsRequest,
) -> Request[ContactSmsStatsResponse]:
    """POST /get-contact-sms-stats.json: the request, not sent."""
    from .reporting import get_contact_sms_stats as endpoint

    def parse(response: httpx.Response) -> ContactSmsStatsResponse:
        _success(response)
        return cast("ContactSmsStatsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/get-contact-sms-stats.json", kwargs, parse)


def get_message_report_get_request(
    *,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    number: int | Unset = UNSET,
    type_: GetMessageReportGetType | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
    response_style: ResponseStyle | Unset = UNSET,
) -> Request[MessageReportResponse]:
    """GET /get-message-report.json: the request, not sent."""
    from .reporting import get_message_report_get as endpoint

    def parse(response: httpx.Response) -> MessageReportResponse:
        _success(response)
        return cast("MessageReportResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        start=start,
        end=end,
        list_id=list_id,
        number=number,
        type_=type_,
        page=page,
        max_=max_,
        response_style=response_style,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/get-message-report.json", kwargs, parse)


def get_message_report_request(
    body: GetMessageReportRequest | Unset = UNSET,
) -> Request[MessageReportResponse]:
    """POST /get-message-report.json: the request, not sent."""
    from .reporting import get_message_report as endpoint

    def parse(response: httpx.Response) -> MessageReportResponse:
        _success(response)
        return cast("MessageReportResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/get-message-report.json", kwargs, parse)


def get_balance_get_request() -> Request[BalanceResponse]:
    """GET /get-balance.json: the request, not sent."""
    from .account import get_balance_get as endpoint

    def parse(response: httpx.Response) -> BalanceResponse:
        _success(response)
        return cast("BalanceResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs()
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/get-balance.json", kwargs, parse)


def get_balance_request() -> Request[BalanceResponse]:
    """POST /get-balance.json: the request, not sent."""
    from .account import get_balance as endpoint

    def parse(response: httpx.Response) -> BalanceResponse:
        _success(response)
        return cast("BalanceResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs()
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/get-balance.json", kwargs, parse)


def get_lists_get_request(
    *,
    page: int | Unset = 1,
    max_: int | Unset = 10,
    response_style: ResponseStyle | Unset = UNSET,
) -> Request[GetListsResponse]:
    """GET /get-lists.json: the request, not sent."""
    from .lists import get_lists_get as endpoint

    def parse(response: httpx.Response) -> GetListsResponse:
        _success(response)
        return cast("GetListsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        page=page,
        max_=max_,
        response_style=response_style,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/get-lists.json", kwargs, parse)


def get_lists_request(
    body: GetListsRequest | Unset = UNSET,
) -> Request[GetListsResponse]:
    """POST /get-lists.json: the request, not sent."""
    from .lists import get_lists as endpoint

    def parse(response: httpx.Response) -> GetListsResponse:
        _success(response)
        return cast("GetListsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/get-lists.json", kwargs, parse)


def get_list_get_request(
    *,
    list_id: int,
    page: int | Unset = 1,
    max_: int | Unset = 10,
    members: MembersFilter | Unset = UNSET,
    response_style: ResponseStyle | Unset = UNSET,
) -> Request[GetListResponse]:
    """GET /get-list.json: the request, not sent."""
    from .lists import get_list_get as endpoint

    def parse(response: httpx.Response) -> GetListResponse:
        _success(response)
        return cast("GetListResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        list_id=list_id,
        page=page,
        max_=max_,
        members=members,
        response_style=response_style,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/get-list.json", kwargs, parse)


def get_list_request(
    body: GetListRequest,
) -> Request[GetListResponse]:
    """POST /get-list.json: the request, not sent."""
    from .lists import get_list as endpoint

    def parse(response: httpx.Response) -> GetListResponse:
        _success(response)
        return cast("GetListResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/get-list.json", kwargs, parse)


def add_list_get_request(
    *,
    name: str,
    field_1: str | Unset = UNSET,
    field_2: str | Unset = UNSET,
    field_3: str | Unset = UNSET,
    field_4: str | Unset = UNSET,
    field_5: str | Unset = UNSET,
    field_6: str | Unset = UNSET,
    field_7: str | Unset = UNSET,
    field_8: str | Unset = UNSET,
    field_9: str | Unset = UNSET,
    field_10: str | Unset = UNSET,
    response_style: ResponseStyle | Unset = UNSET,
) -> Request[AddListResponse]:
    """GET /add-list.json: the request, not sent."""
    from .lists import add_list_get as endpoint

    def parse(response: httpx.Response) -> AddListResponse:
        _success(response)
        return cast("AddListResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        name=name,
        field_1=field_1,
        field_2=field_2,
        field_3=field_3,
        field_4=field_4,
        field_5=field_5,
        field_6=field_6,
        field_7=field_7,
        field_8=field_8,
        field_9=field_9,
        field_10=field_10,
        response_style=response_style,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/add-list.json", kwargs, parse)


def add_list_request(
    body: AddListRequest,
) -> Request[AddListResponse]:
    """POST /add-list.json: the request, not sent."""
    from .lists import add_list as endpoint

    def parse(response: httpx.Response) -> AddListResponse:
        _success(response)
        return cast("AddListResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/add-list.json", kwargs, parse)


def remove_list_get_request(
    *,
    list_id: int,
) -> Request[RemoveListResponse]:
    """GET /remove-list.json: the request, not sent."""
    from .lists import remove_list_get as endpoint

    def parse(response: httpx.Response) -> RemoveListResponse:
        _success(response)
        return cast("RemoveListResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        list_id=list_id,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/remove-list.json", kwargs, parse)


def remove_list_request(
    body: RemoveListRequest,
) -> Request[RemoveListResponse]:
    """POST /remove-list.json: the request, not sent."""
    from .lists import remove_list as endpoint

    def parse(response: httpx.Response) -> RemoveListResponse:
        _success(response)
        return cast("RemoveListResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/remove-list.json", kwargs, parse)


def add_to_list_get_request(
    *,
    list_id: int,
    msisdn: str,
    countrycode: str | Unset = UNSET,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    field_1: str | Unset = UNSET,
    field_2: str | Unset = UNSET,
    field_3: str | Unset = UNSET,
    field_4: str | Unset = UNSET,
    field_5: str | Unset = UNSET,
    field_6: str | Unset = UNSET,
    field_7: str | Unset = UNSET,
    field_8: str | Unset = UNSET,
    field_9: str | Unset = UNSET,
    field_10: str | Unset = UNSET,
    response_style: ResponseStyle | Unset = UNSET,
) -> Request[AddToListResponse]:
    """GET /add-to-list.json: the request, not sent."""
    from .lists import add_to_list_get as endpoint

    def parse(response: httpx.Response) -> AddToListResponse:
        _success(response)
        return cast("AddToListResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        list_id=list_id,
        msisdn=msisdn,
        countrycode=countrycode,
        first_name=first_name,
        last_name=last_name,
        field_1=field_1,
        field_2=field_2,
        field_3=field_3,
        field_4=field_4,
        field_5=field_5,
        field_6=field_6,
        field_7=field_7,
        field_8=field_8,
        field_9=field_9,
        field_10=field_10,
        response_style=response_style,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/add-to-list.json", kwargs, parse)


def add_to_list_request(
    body: AddToListRequest,
) -> Request[AddToListResponse]:
    """POST /add-to-list.json: the request, not sent."""
    from .lists import add_to_list as endpoint

    def parse(response: httpx.Response) -> AddToListResponse:
        _success(response)
        return cast("AddToListResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/add-to-list.json", kwargs, parse)


def delete_from_list_get_request(
    *,
    list_id: int | Unset = UNSET,
    msisdn: str,
    countrycode: str | Unset = UNSET,
) -> Request[ListIdsResponse]:
    """GET /delete-from-list.json: the request, not sent."""
    from .lists import delete_from_list_get as endpoint

    def parse(response: httpx.Response) -> ListIdsResponse:
        _success(response)
        return cast("ListIdsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        list_id=list_id,
        msisdn=msisdn,
        countrycode=countrycode,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/delete-from-list.json", kwargs, parse)


def delete_from_list_request(
    body: DeleteFromListRequest,
) -> Request[ListIdsResponse]:
    """POST /delete-from-list.json: the request, not sent."""
    from .lists import delete_from_list as endpoint

    def parse(response: httpx.Response) -> ListIdsResponse:
        _success(response)
        return cast("ListIdsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/delete-from-list.json", kwargs, parse)


def optout_list_member_get_request(
    *,
    list_id: int | Unset = UNSET,
    msisdn: int,
) -> Request[ListIdsResponse]:
    """GET /optout-list-member.json: the request, not sent."""
    from .lists import optout_list_member_get as endpoint

    def parse(response: httpx.Response) -> ListIdsResponse:
        _success(response)
        return cast("ListIdsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        list_id=list_id,
        msisdn=msisdn,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/optout-list-member.json", kwargs, parse)


def optout_list_member_request(
    body: OptoutListMemberRequest,
) -> Request[ListIdsResponse]:
    """POST /optout-list-member.json: the request, not sent."""
    from .lists import optout_list_member as endpoint

    def parse(response: httpx.Response) -> ListIdsResponse:
        _success(response)
        return cast("ListIdsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/optout-list-member.json", kwargs, parse)


def get_contact_get_request(
    *,
    list_id: int,
    msisdn: str,
    response_style: ResponseStyle | Unset = UNSET,
) -> Request[ContactResponse]:
    """GET /get-contact.json: the request, not sent."""
    from .lists import get_contact_get as endpoint

    def parse(response: httpx.Response) -> ContactResponse:
        _success(response)
        return cast("ContactResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        list_id=list_id,
        msisdn=msisdn,
        response_style=response_style,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/get-contact.json", kwargs, parse)


def get_contact_request(
    body: GetContactRequest,
) -> Request[ContactResponse]:
    """POST /get-contact.json: the request, not sent."""
    from .lists import get_contact as endpoint

    def parse(response: httpx.Response) -> ContactResponse:
        _success(response)
        return cast("ContactResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/get-contact.json", kwargs, parse)


def add_field_to_list_get_request(
    *,
    list_id: int,
    field_1: str | Unset = UNSET,
    field_2: str | Unset = UNSET,
    field_3: str | Unset = UNSET,
    field_4: str | Unset = UNSET,
    field_5: str | Unset = UNSET,
    field_6: str | Unset = UNSET,
    field_7: str | Unset = UNSET,
    field_8: str | Unset = UNSET,
    field_9: str | Unset = UNSET,
    field_10: str | Unset = UNSET,
    response_style: ResponseStyle | Unset = UNSET,
) -> Request[AddFieldToListResponse]:
    """GET /add-field-to-list.json: the request, not sent."""
    from .lists import add_field_to_list_get as endpoint

    def parse(response: httpx.Response) -> AddFieldToListResponse:
        _success(response)
        return cast("AddFieldToListResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        list_id=list_id,
        field_1=field_1,
        field_2=field_2,
        field_3=field_3,
        field_4=field_4,
        field_5=field_5,
        field_6=field_6,
        field_7=field_7,
        field_8=field_8,
        field_9=field_9,
        field_10=field_10,
        response_style=response_style,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/add-field-to-list.json", kwargs, parse)


def add_field_to_list_request(
    body: AddFieldToListRequest,
) -> Request[AddFieldToListResponse]:
    """POST /add-field-to-list.json: the request, not sent."""
    from .lists import add_field_to_list as endpoint

    def parse(response: httpx.Response) -> AddFieldToListResponse:
        _success(response)
        return cast("AddFieldToListResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/add-field-to-list.json", kwargs, parse)


def edit_list_member_get_request(
    *,
    list_id: int,
    msisdn: str,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
    field_1: str | Unset = UNSET,
    field_2: str | Unset = UNSET,
    field_3: str | Unset = UNSET,
    field_4: str | Unset = UNSET,
    field_5: str | Unset = UNSET,
    field_6: str | Unset = UNSET,
    field_7: str | Unset = UNSET,
    field_8: str | Unset = UNSET,
    field_9: str | Unset = UNSET,
    field_10: str | Unset = UNSET,
    response_style: ResponseStyle | Unset = UNSET,
) -> Request[ContactResponse]:
    """GET /edit-list-member.json: the request, not sent."""
    from .lists import edit_list_member_get as endpoint

    def parse(response: httpx.Response) -> ContactResponse:
        _success(response)
        return cast("ContactResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        list_id=list_id,
        msisdn=msisdn,
        first_name=first_name,
        last_name=last_name,
        field_1=field_1,
        field_2=field_2,
        field_3=field_3,
        field_4=field_4,
        field_5=field_5,
        field_6=field_6,
        field_7=field_7,
        field_8=field_8,
        field_9=field_9,
        field_10=field_10,
        response_style=response_style,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/edit-list-member.json", kwargs, parse)


def edit_list_member_request(
    body: EditListMemberRequest,
) -> Request[ContactResponse]:
    """POST /edit-list-member.json: the request, not sent."""
    from .lists import edit_list_member as endpoint

    def parse(response: httpx.Response) -> ContactResponse:
        _success(response)
        return cast("ContactResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/edit-list-member.json", kwargs, parse)


def add_contacts_bulk_get_request(
    *,
    list_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    countrycode: str | Unset = UNSET,
    file_url: str | Unset = UNSET,
    field_1: str | Unset = UNSET,
    field_2: str | Unset = UNSET,
    field_3: str | Unset = UNSET,
    field_4: str | Unset = UNSET,
    field_5: str | Unset = UNSET,
    field_6: str | Unset = UNSET,
    field_7: str | Unset = UNSET,
    field_8: str | Unset = UNSET,
    field_9: str | Unset = UNSET,
    field_10: str | Unset = UNSET,
) -> Request[AddContactsBulkResponse]:
    """GET /add-contacts-bulk.json: the request, not sent."""
    from .lists import add_contacts_bulk_get as endpoint

    def parse(response: httpx.Response) -> AddContactsBulkResponse:
        _success(response)
        return cast("AddContactsBulkResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        list_id=list_id,
        name=name,
        countrycode=countrycode,
        file_url=file_url,
        field_1=field_1,
        field_2=field_2,
        field_3=field_3,
        field_4=field_4,
        field_5=field_5,
        field_6=field_6,
        field_7=field_7,
        field_8=field_8,
        field_9=field_9,
        field_10=field_10,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/add-contacts-bulk.json", kwargs, parse)


def add_contacts_bulk_request(
    body: AddContactsBulkRequest | Unset = UNSET,
) -> Request[AddContactsBulkResponse]:
    """POST /add-contacts-bulk.json: the request, not sent."""
    from .lists import add_contacts_bulk as endpoint

    def parse(response: httpx.Response) -> AddContactsBulkResponse:
        _success(response)
        return cast("AddContactsBulkResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/add-contacts-bulk.json", kwargs, parse)


def add_contacts_bulk_progress_get_request(
    *,
    list_id: int,
) -> Request[BulkProgressResponse]:
    """GET /add-contacts-bulk-progress.json: the request, not sent."""
    from .lists import add_contacts_bulk_progress_get as endpoint

    def parse(response: httpx.Response) -> BulkProgressResponse:
        _success(response)
        return cast("BulkProgressResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        list_id=list_id,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/add-contacts-bulk-progress.json", kwargs, parse)


def add_contacts_bulk_progress_request(
    body: AddContactsBulkProgressRequest,
) -> Request[BulkProgressResponse]:
    """POST /add-contacts-bulk-progress.json: the request, not sent."""
    from .lists import add_contacts_bulk_progress as endpoint

    def parse(response: httpx.Response) -> BulkProgressResponse:
        _success(response)
        return cast("BulkProgressResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/add-contacts-bulk-progress.json", kwargs, parse)


def get_numbers_get_request(
    *,
    filter_: NumbersFilter | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> Request[GetNumbersResponse]:
    """GET /get-numbers.json: the request, not sent."""
    from .numbers import get_numbers_get as endpoint

    def parse(response: httpx.Response) -> GetNumbersResponse:
        _success(response)
        return cast("GetNumbersResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        filter_=filter_,
        page=page,
        max_=max_,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/get-numbers.json", kwargs, parse)


def get_numbers_request(
    body: GetNumbersRequest | Unset = UNSET,
) -> Request[GetNumbersResponse]:
    """POST /get-numbers.json: the request, not sent."""
    from .numbers import get_numbers as endpoint

    def parse(response: httpx.Response) -> GetNumbersResponse:
        _success(response)
        return cast("GetNumbersResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/get-numbers.json", kwargs, parse)


def get_number_get_request(
    *,
    number: int,
) -> Request[NumberResponse]:
    """GET /get-number.json: the request, not sent."""
    from .numbers import get_number_get as endpoint

    def parse(response: httpx.Response) -> NumberResponse:
        _success(response)
        return cast("NumberResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        number=number,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/get-number.json", kwargs, parse)


def get_number_request(
    body: GetNumberRequest,
) -> Request[NumberResponse]:
    """POST /get-number.json: the request, not sent."""
    from .numbers import get_number as endpoint

    def parse(response: httpx.Response) -> NumberResponse:
        _success(response)
        return cast("NumberResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/get-number.json", kwargs, parse)


def lease_number_get_request(
    *,
    number: int | Unset = UNSET,
    forward_url: str | Unset = UNSET,
) -> Request[NumberResponse]:
    """GET /lease-number.json: the request, not sent."""
    from .numbers import lease_number_get as endpoint

    def parse(response: httpx.Response) -> NumberResponse:
        _success(response)
        return cast("NumberResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        number=number,
        forward_url=forward_url,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/lease-number.json", kwargs, parse)


def lease_number_request(
    body: LeaseNumberRequest | Unset = UNSET,
) -> Request[NumberResponse]:
    """POST /lease-number.json: the request, not sent."""
    from .numbers import lease_number as endpoint

    def parse(response: httpx.Response) -> NumberResponse:
        _success(response)
        return cast("NumberResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/lease-number.json", kwargs, parse)


def edit_number_options_get_request(
    *,
    number: int,
    forward_email: str | Unset = UNSET,
    forward_sms: str | Unset = UNSET,
    forward_url: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    welcome_message: str | Unset = UNSET,
    members_message: str | Unset = UNSET,
) -> Request[OutcomeResponse]:
    """GET /edit-number-options.json: the request, not sent."""
    from .numbers import edit_number_options_get as endpoint

    def parse(response: httpx.Response) -> OutcomeResponse:
        _success(response)
        return cast("OutcomeResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        number=number,
        forward_email=forward_email,
        forward_sms=forward_sms,
        forward_url=forward_url,
        list_id=list_id,
        welcome_message=welcome_message,
        members_message=members_message,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/edit-number-options.json", kwargs, parse)


def edit_number_options_request(
    body: EditNumberOptionsRequest,
) -> Request[OutcomeResponse]:
    """POST /edit-number-options.json: the request, not sent."""
    from .numbers import edit_number_options as endpoint

    def parse(response: httpx.Response) -> OutcomeResponse:
        _success(response)
        return cast("OutcomeResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/edit-number-options.json", kwargs, parse)


def add_keyword_get_request(
    *,
    keyword: str,
    number: int,
    reference: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    welcome_message: str | Unset = UNSET,
    members_message: str | Unset = UNSET,
    activate: bool | Unset = True,
    forward_url: str | Unset = UNSET,
    forward_email: str | Unset = UNSET,
    forward_sms: str | Unset = UNSET,
) -> Request[KeywordResponse]:
    """GET /add-keyword.json: the request, not sent."""
    from .keywords import add_keyword_get as endpoint

    def parse(response: httpx.Response) -> KeywordResponse:
        _success(response)
        return cast("KeywordResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        keyword=keyword,
        number=number,
        reference=reference,
        list_id=list_id,
        welcome_message=welcome_message,
        members_message=members_message,
        activate=activate,
        forward_url=forward_url,
        forward_email=forward_email,
        forward_sms=forward_sms,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/add-keyword.json", kwargs, parse)


def add_keyword_request(
    body: AddKeywordRequest,
) -> Request[KeywordResponse]:
    """POST /add-keyword.json: the request, not sent."""
    from .keywords import add_keyword as endpoint

    def parse(response: httpx.Response) -> KeywordResponse:
        _success(response)
        return cast("KeywordResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/add-keyword.json", kwargs, parse)


def edit_keyword_get_request(
    *,
    keyword: str,
    number: int,
    reference: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    welcome_message: str | Unset = UNSET,
    members_message: str | Unset = UNSET,
    activate: bool | Unset = True,
    forward_url: str | Unset = UNSET,
    forward_email: str | Unset = UNSET,
    forward_sms: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Request[KeywordResponse]:
    """GET /edit-keyword.json: the request, not sent."""
    from .keywords import edit_keyword_get as endpoint

    def parse(response: httpx.Response) -> KeywordResponse:
        _success(response)
        return cast("KeywordResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        keyword=keyword,
        number=number,
        reference=reference,
        list_id=list_id,
        welcome_message=welcome_message,
        members_message=members_message,
        activate=activate,
        forward_url=forward_url,
        forward_email=forward_email,
        forward_sms=forward_sms,
        status=status,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/edit-keyword.json", kwargs, parse)


def edit_keyword_request(
    body: EditKeywordRequest,
) -> Request[KeywordResponse]:
    """POST /edit-keyword.json: the request, not sent."""
    from .keywords import edit_keyword as endpoint

    def parse(response: httpx.Response) -> KeywordResponse:
        _success(response)
        return cast("KeywordResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/edit-keyword.json", kwargs, parse)


def get_keywords_get_request(
    *,
    number: int | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> Request[GetKeywordsResponse]:
    """GET /get-keywords.json: the request, not sent."""
    from .keywords import get_keywords_get as endpoint

    def parse(response: httpx.Response) -> GetKeywordsResponse:
        _success(response)
        return cast("GetKeywordsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        number=number,
        page=page,
        max_=max_,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/get-keywords.json", kwargs, parse)


def get_keywords_request(
    body: GetKeywordsRequest | Unset = UNSET,
) -> Request[GetKeywordsResponse]:
    """POST /get-keywords.json: the request, not sent."""
    from .keywords import get_keywords as endpoint

    def parse(response: httpx.Response) -> GetKeywordsResponse:
        _success(response)
        return cast("GetKeywordsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/get-keywords.json", kwargs, parse)


def get_clients_get_request(
    *,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> Request[GetClientsResponse]:
    """GET /get-clients.json: the request, not sent."""
    from .resellers import get_clients_get as endpoint

    def parse(response: httpx.Response) -> GetClientsResponse:
        _success(response)
        return cast("GetClientsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        page=page,
        max_=max_,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/get-clients.json", kwargs, parse)


def get_clients_request(
    body: GetClientsRequest | Unset = UNSET,
) -> Request[GetClientsResponse]:
    """POST /get-clients.json: the request, not sent."""
    from .resellers import get_clients as endpoint

    def parse(response: httpx.Response) -> GetClientsResponse:
        _success(response)
        return cast("GetClientsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/get-clients.json", kwargs, parse)


def get_client_get_request(
    *,
    client_id: int | Unset = UNSET,
) -> Request[ClientResponse]:
    """GET /get-client.json: the request, not sent."""
    from .resellers import get_client_get as endpoint

    def parse(response: httpx.Response) -> ClientResponse:
        _success(response)
        return cast("ClientResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        client_id=client_id,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/get-client.json", kwargs, parse)


def get_client_request(
    body: GetClientRequest | Unset = UNSET,
) -> Request[ClientResponse]:
    """POST /get-client.json: the request, not sent."""
    from .resellers import get_client as endpoint

    def parse(response: httpx.Response) -> ClientResponse:
        _success(response)
        return cast("ClientResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/get-client.json", kwargs, parse)


def add_client_get_request(
    *,
    name: str,
    contact: str | Unset = UNSET,
    email: str,
    password: str,
    msisdn: str,
    timezone: str | Unset = UNSET,
    api_secret: str | Unset = UNSET,
    client_pays: bool | Unset = True,
    sms_margin: float | Unset = UNSET,
    number_margin: float | Unset = UNSET,
    payment_method: PaymentMethod | Unset = UNSET,
    fixed_top_up_amount: float | Unset = UNSET,
) -> Request[ClientResponse]:
    """GET /add-client.json: the request, not sent."""
    from .resellers import add_client_get as endpoint

    def parse(response: httpx.Response) -> ClientResponse:
        _success(response)
        return cast("ClientResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        name=name,
        contact=contact,
        email=email,
        password=password,
        msisdn=msisdn,
        timezone=timezone,
        api_secret=api_secret,
        client_pays=client_pays,
        sms_margin=sms_margin,
        number_margin=number_margin,
        payment_method=payment_method,
        fixed_top_up_amount=fixed_top_up_amount,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/add-client.json", kwargs, parse)


def add_client_request(
    body: AddClientRequest,
) -> Request[ClientResponse]:
    """POST /add-client.json: the request, not sent."""
    from .resellers import add_client as endpoint

    def parse(response: httpx.Response) -> ClientResponse:
        _success(response)
        return cast("ClientResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/add-client.json", kwargs, parse)


def add_email_get_request(
    *,
    email: str,
    max_sms: int | Unset = 1,
    number: int | Unset = UNSET,
) -> Request[EmailSuccessResponse]:
    """GET /add-email.json: the request, not sent."""
    from .email import add_email_get as endpoint

    def parse(response: httpx.Response) -> EmailSuccessResponse:
        _success(response)
        return cast("EmailSuccessResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        email=email,
        max_sms=max_sms,
        number=number,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/add-email.json", kwargs, parse)


def add_email_request(
    body: AddEmailRequest,
) -> Request[EmailSuccessResponse]:
    """POST /add-email.json: the request, not sent."""
    from .email import add_email as endpoint

    def parse(response: httpx.Response) -> EmailSuccessResponse:
        _success(response)
        return cast("EmailSuccessResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/add-email.json", kwargs, parse)


def delete_email_get_request(
    *,
    email: str,
) -> Request[EmailSuccessResponse]:
    """GET /delete-email.json: the request, not sent."""
    from .email import delete_email_get as endpoint

    def parse(response: httpx.Response) -> EmailSuccessResponse:
        _success(response)
        return cast("EmailSuccessResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        email=email,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/delete-email.json", kwargs, parse)


def delete_email_request(
    body: DeleteEmailRequest,
) -> Request[EmailSuccessResponse]:
    """POST /delete-email.json: the request, not sent."""
    from .email import delete_email as endpoint

    def parse(response: httpx.Response) -> EmailSuccessResponse:
        _success(response)
        return cast("EmailSuccessResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/delete-email.json", kwargs, parse)


class Operations:
    """Every operation as a method; `_send` sends the request (a client supplies it)."""

    def _send(self, request: Request[T]) -> T:
        raise NotImplementedError

    def send_sms_get(
        self,
        *,
        message: str,
        to: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        countrycode: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        send_at: str | Unset = UNSET,
        validity: int | Unset = UNSET,
        replies_to_email: str | Unset = UNSET,
        tracked_link_url: str | Unset = UNSET,
        link_hits_callback: str | Unset = UNSET,
        dlr_callback: str | Unset = UNSET,
        reply_callback: str | Unset = UNSET,
    ) -> SendSmsResponse:
        """Send an SMS to numbers or to a contact list (GET form)"""
        return self._send(
            send_sms_get_request(
                message=message,
                to=to,
                list_id=list_id,
                countrycode=countrycode,
                from_=from_,
                send_at=send_at,
                validity=validity,
                replies_to_email=replies_to_email,
                tracked_link_url=tracked_link_url,
                link_hits_callback=link_hits_callback,
                dlr_callback=dlr_callback,
                reply_callback=reply_callback,
            )
        )

    def send_sms(
        self,
        body: SendSmsRequest,
    ) -> SendSmsResponse:
        """Send an SMS to numbers or to a contact list"""
        return self._send(
            send_sms_request(
                body=body,
            )
        )

    def cancel_sms_get(
        self,
        *,
        id: int,
    ) -> CancelSmsResponse:
        """Cancel a scheduled message (GET form)"""
        return self._send(
            cancel_sms_get_request(
                id=id,
            )
        )

    def cancel_sms(
        self,
        body: CancelSmsRequest,
    ) -> CancelSmsResponse:
        """Cancel a scheduled message"""
        return self._send(
            cancel_sms_request(
                body=body,
            )
        )

    def format_number_get(
        self,
        *,
        msisdn: str,
        countrycode: str,
    ) -> FormatNumberResponse:
        """Normalise a phone number (GET form)"""
        return self._send(
            format_number_get_request(
                msisdn=msisdn,
                countrycode=countrycode,
            )
        )

    def format_number(
        self,
        body: FormatNumberRequest,
    ) -> FormatNumberResponse:
        """Normalise a phone number"""
        return self._send(
            format_number_request(
                body=body,
            )
        )

    def get_sms_get(
        self,
        *,
        message_id: int,
    ) -> GetSmsResponse:
        """Get a sent message and its counters (GET form)"""
        return self._send(
            get_sms_get_request(
                message_id=message_id,
            )
        )

    def get_sms(
        self,
        body: GetSmsRequest,
    ) -> GetSmsResponse:
        """Get a sent message and its counters"""
        return self._send(
            get_sms_request(
                body=body,
            )
        )

    def get_sms_stats_get(
        self,
        *,
        message_id: int,
    ) -> GetSmsStatsResponse:
        """Get delivery statistics of a message (GET form)"""
        return self._send(
            get_sms_stats_get_request(
                message_id=message_id,
            )
        )

    def get_sms_stats(
        self,
        body: GetSmsStatsRequest,
    ) -> GetSmsStatsResponse:
        """Get delivery statistics of a message"""
        return self._send(
            get_sms_stats_request(
                body=body,
            )
        )

    def get_sms_delivery_status_get(
        self,
        *,
        message_id: int,
        msisdn: int,
    ) -> GetSmsDeliveryStatusResponse:
        """Get the delivery state for one recipient (GET form)"""
        return self._send(
            get_sms_delivery_status_get_request(
                message_id=message_id,
                msisdn=msisdn,
            )
        )

    def get_sms_delivery_status(
        self,
        body: GetSmsDeliveryStatusRequest,
    ) -> GetSmsDeliveryStatusResponse:
        """Get the delivery state for one recipient"""
        return self._send(
            get_sms_delivery_status_request(
                body=body,
            )
        )

    def get_sms_responses_get(
        self,
        *,
        message_id: int | Unset = UNSET,
        keyword_id: int | Unset = UNSET,
        keyword: str | Unset = UNSET,
        number: int | Unset = UNSET,
        msisdn: int | Unset = UNSET,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        include_original: bool | Unset = False,
        page: int | Unset = 1,
        max_: int | Unset = 10,
    ) -> SmsResponsesResponse:
        """List replies to a message or keyword (GET form)"""
        return self._send(
            get_sms_responses_get_request(
                message_id=message_id,
                keyword_id=keyword_id,
                keyword=keyword,
                number=number,
                msisdn=msisdn,
                start=start,
                end=end,
                include_original=include_original,
                page=page,
                max_=max_,
            )
        )

    def get_sms_responses(
        self,
        body: GetSmsResponsesRequest,
    ) -> SmsResponsesResponse:
        """List replies to a message or keyword"""
        return self._send(
            get_sms_responses_request(
                body=body,
            )
        )

    def get_user_sms_responses_get(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        keywords: KeywordsFilter | Unset = UNSET,
        include_original: bool | Unset = False,
        number: int | Unset = UNSET,
        page: int | Unset = 1,
        max_: int | Unset = 10,
    ) -> SmsResponsesResponse:
        """List all replies received in a time window (GET form)"""
        return self._send(
            get_user_sms_responses_get_request(
                start=start,
                end=end,
                keywords=keywords,
                include_original=include_original,
                number=number,
                page=page,
                max_=max_,
            )
        )

    def get_user_sms_responses(
        self,
        body: GetUserSmsResponsesRequest | Unset = UNSET,
    ) -> SmsResponsesResponse:
        """List all replies received in a time window"""
        return self._send(
            get_user_sms_responses_request(
                body=body,
            )
        )

    def get_sms_sent_get(
        self,
        *,
        message_id: int,
        list_id: int | Unset = UNSET,
        page: int | Unset = 1,
        max_: int | Unset = 10,
        delivery: DeliveryFilter | Unset = UNSET,
        optouts: OptoutsFilter | Unset = UNSET,
    ) -> GetSmsSentResponse:
        """List the recipients of a message (GET form)"""
        return self._send(
            get_sms_sent_get_request(
                message_id=message_id,
                list_id=list_id,
                page=page,
                max_=max_,
                delivery=delivery,
                optouts=optouts,
            )
        )

    def get_sms_sent(
        self,
        body: GetSmsSentRequest,
    ) -> GetSmsSentResponse:
        """List the recipients of a message"""
        return self._send(
            get_sms_sent_request(
                body=body,
            )
        )

    def get_sms_sent_count_get(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
    ) -> SmsSentCountResponse:
        """Count the SMS sent in a window (GET form)"""
        return self._send(
            get_sms_sent_count_get_request(
                start=start,
                end=end,
            )
        )

    def get_sms_sent_count(
        self,
        body: GetSmsSentCountRequest | Unset = UNSET,
    ) -> SmsSentCountResponse:
        """Count the SMS sent in a window"""
        return self._send(
            get_sms_sent_count_request(
                body=body,
            )
        )

    def get_user_sms_sent_get(
        self,
        *,
        start: str,
        end: str,
        msisdn: int | Unset = UNSET,
        page: int | Unset = 1,
        max_: int | Unset = 10,
        response_style: ResponseStyle | Unset = UNSET,
    ) -> UserSmsSentResponse:
        """List the SMS sent in a window (GET form)"""
        return self._send(
            get_user_sms_sent_get_request(
                start=start,
                end=end,
                msisdn=msisdn,
                page=page,
                max_=max_,
                response_style=response_style,
            )
        )

    def get_user_sms_sent(
        self,
        body: GetUserSmsSentRequest,
    ) -> UserSmsSentResponse:
        """List the SMS sent in a window"""
        return self._send(
            get_user_sms_sent_request(
                body=body,
            )
        )

    def get_contact_sms_stats_get(
        self,
        *,
        mobile: int,
        countrycode: str | Unset = UNSET,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        sort_field: GetContactSmsStatsGetSortField | Unset = UNSET,
        order: GetContactSmsStatsGetOrder | Unset = UNSET,
        page: int | Unset = 1,
        max_: int | Unset = 10,
    ) -> ContactSmsStatsResponse:
        """List the messages sent to one number (GET form)"""
        return self._send(
            get_contact_sms_stats_get_request(
                mobile=mobile,
                countrycode=countrycode,
                start=start,
                end=end,
                sort_field=sort_field,
                order=order,
                page=page,
                max_=max_,
            )
        )

    def get_contact_sms_stats(
        self,
        body: GetContactSmsStatsRequest,
    ) -> ContactSmsStatsResponse:
        """List the messages sent to one number"""
        return self._send(
            get_contact_sms_stats_request(
                body=body,
            )
        )

    def get_message_report_get(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        number: int | Unset = UNSET,
        type_: GetMessageReportGetType | Unset = UNSET,
        page: int | Unset = 1,
        max_: int | Unset = 10,
        response_style: ResponseStyle | Unset = UNSET,
    ) -> MessageReportResponse:
        """Report on the messages sent in a window (GET form)"""
        return self._send(
            get_message_report_get_request(
                start=start,
                end=end,
                list_id=list_id,
                number=number,
                type_=type_,
                page=page,
                max_=max_,
                response_style=response_style,
            )
        )

    def get_message_report(
        self,
        body: GetMessageReportRequest | Unset = UNSET,
    ) -> MessageReportResponse:
        """Report on the messages sent in a window"""
        return self._send(
            get_message_report_request(
                body=body,
            )
        )

    def get_balance_get(
        self,
    ) -> BalanceResponse:
        """Get the account balance (GET form)"""
        return self._send(get_balance_get_request())

    def get_balance(
        self,
    ) -> BalanceResponse:
        """Get the account balance"""
        return self._send(get_balance_request())

    def get_lists_get(
        self,
        *,
        page: int | Unset = 1,
        max_: int | Unset = 10,
        response_style: ResponseStyle | Unset = UNSET,
    ) -> GetListsResponse:
        """List all contact lists (GET form)"""
        return self._send(
            get_lists_get_request(
                page=page,
                max_=max_,
                response_style=response_style,
            )
        )

    def get_lists(
        self,
        body: GetListsRequest | Unset = UNSET,
    ) -> GetListsResponse:
        """List all contact lists"""
        return self._send(
            get_lists_request(
                body=body,
            )
        )

    def get_list_get(
        self,
        *,
        list_id: int,
        page: int | Unset = 1,
        max_: int | Unset = 10,
        members: MembersFilter | Unset = UNSET,
        response_style: ResponseStyle | Unset = UNSET,
    ) -> GetListResponse:
        """Get a contact list and its members (GET form)"""
        return self._send(
            get_list_get_request(
                list_id=list_id,
                page=page,
                max_=max_,
                members=members,
                response_style=response_style,
            )
        )

    def get_list(
        self,
        body: GetListRequest,
    ) -> GetListResponse:
        """Get a contact list and its members"""
        return self._send(
            get_list_request(
                body=body,
            )
        )

    def add_list_get(
        self,
        *,
        name: str,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        response_style: ResponseStyle | Unset = UNSET,
    ) -> AddListResponse:
        """Create a contact list (GET form)"""
        return self._send(
            add_list_get_request(
                name=name,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
                response_style=response_style,
            )
        )

    def add_list(
        self,
        body: AddListRequest,
    ) -> AddListResponse:
        """Create a contact list"""
        return self._send(
            add_list_request(
                body=body,
            )
        )

    def remove_list_get(
        self,
        *,
        list_id: int,
    ) -> RemoveListResponse:
        """Delete a contact list (GET form)"""
        return self._send(
            remove_list_get_request(
                list_id=list_id,
            )
        )

    def remove_list(
        self,
        body: RemoveListRequest,
    ) -> RemoveListResponse:
        """Delete a contact list"""
        return self._send(
            remove_list_request(
                body=body,
            )
        )

    def add_to_list_get(
        self,
        *,
        list_id: int,
        msisdn: str,
        countrycode: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        response_style: ResponseStyle | Unset = UNSET,
    ) -> AddToListResponse:
        """Add a contact to a list (GET form)"""
        return self._send(
            add_to_list_get_request(
                list_id=list_id,
                msisdn=msisdn,
                countrycode=countrycode,
                first_name=first_name,
                last_name=last_name,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
                response_style=response_style,
            )
        )

    def add_to_list(
        self,
        body: AddToListRequest,
    ) -> AddToListResponse:
        """Add a contact to a list"""
        return self._send(
            add_to_list_request(
                body=body,
            )
        )

    def delete_from_list_get(
        self,
        *,
        list_id: int | Unset = UNSET,
        msisdn: str,
        countrycode: str | Unset = UNSET,
    ) -> ListIdsResponse:
        """Remove a contact from one or all lists (GET form)"""
        return self._send(
            delete_from_list_get_request(
                list_id=list_id,
                msisdn=msisdn,
                countrycode=countrycode,
            )
        )

    def delete_from_list(
        self,
        body: DeleteFromListRequest,
    ) -> ListIdsResponse:
        """Remove a contact from one or all lists"""
        return self._send(
            delete_from_list_request(
                body=body,
            )
        )

    def optout_list_member_get(
        self,
        *,
        list_id: int | Unset = UNSET,
        msisdn: int,
    ) -> ListIdsResponse:
        """Opt a contact out of one or all lists (GET form)"""
        return self._send(
            optout_list_member_get_request(
                list_id=list_id,
                msisdn=msisdn,
            )
        )

    def optout_list_member(
        self,
        body: OptoutListMemberRequest,
    ) -> ListIdsResponse:
        """Opt a contact out of one or all lists"""
        return self._send(
            optout_list_member_request(
                body=body,
            )
        )

    def get_contact_get(
        self,
        *,
        list_id: int,
        msisdn: str,
        response_style: ResponseStyle | Unset = UNSET,
    ) -> ContactResponse:
        """Get a contact on a list (GET form)"""
        return self._send(
            get_contact_get_request(
                list_id=list_id,
                msisdn=msisdn,
                response_style=response_style,
            )
        )

    def get_contact(
        self,
        body: GetContactRequest,
    ) -> ContactResponse:
        """Get a contact on a list"""
        return self._send(
            get_contact_request(
                body=body,
            )
        )

    def add_field_to_list_get(
        self,
        *,
        list_id: int,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        response_style: ResponseStyle | Unset = UNSET,
    ) -> AddFieldToListResponse:
        """Add or rename custom fields of a list (GET form)"""
        return self._send(
            add_field_to_list_get_request(
                list_id=list_id,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
                response_style=response_style,
            )
        )

    def add_field_to_list(
        self,
        body: AddFieldToListRequest,
    ) -> AddFieldToListResponse:
        """Add or rename custom fields of a list"""
        return self._send(
            add_field_to_list_request(
                body=body,
            )
        )

    def edit_list_member_get(
        self,
        *,
        list_id: int,
        msisdn: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        response_style: ResponseStyle | Unset = UNSET,
    ) -> ContactResponse:
        """Update a contact on a list (GET form)"""
        return self._send(
            edit_list_member_get_request(
                list_id=list_id,
                msisdn=msisdn,
                first_name=first_name,
                last_name=last_name,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
                response_style=response_style,
            )
        )

    def edit_list_member(
        self,
        body: EditListMemberRequest,
    ) -> ContactResponse:
        """Update a contact on a list"""
        return self._send(
            edit_list_member_request(
                body=body,
            )
        )

    def add_contacts_bulk_get(
        self,
        *,
        list_id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        countrycode: str | Unset = UNSET,
        file_url: str | Unset = UNSET,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
    ) -> AddContactsBulkResponse:
        """Import contacts into a list from a CSV file (GET form)"""
        return self._send(
            add_contacts_bulk_get_request(
                list_id=list_id,
                name=name,
                countrycode=countrycode,
                file_url=file_url,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
            )
        )

    def add_contacts_bulk(
        self,
        body: AddContactsBulkRequest | Unset = UNSET,
    ) -> AddContactsBulkResponse:
        """Import contacts into a list from a CSV file"""
        return self._send(
            add_contacts_bulk_request(
                body=body,
            )
        )

    def add_contacts_bulk_progress_get(
        self,
        *,
        list_id: int,
    ) -> BulkProgressResponse:
        """Progress of a CSV import (GET form)"""
        return self._send(
            add_contacts_bulk_progress_get_request(
                list_id=list_id,
            )
        )

    def add_contacts_bulk_progress(
        self,
        body: AddContactsBulkProgressRequest,
    ) -> BulkProgressResponse:
        """Progress of a CSV import"""
        return self._send(
            add_contacts_bulk_progress_request(
                body=body,
            )
        )

    def get_numbers_get(
        self,
        *,
        filter_: NumbersFilter | Unset = UNSET,
        page: int | Unset = 1,
        max_: int | Unset = 10,
    ) -> GetNumbersResponse:
        """List leased or available virtual numbers (GET form)"""
        return self._send(
            get_numbers_get_request(
                filter_=filter_,
                page=page,
                max_=max_,
            )
        )

    def get_numbers(
        self,
        body: GetNumbersRequest | Unset = UNSET,
    ) -> GetNumbersResponse:
        """List leased or available virtual numbers"""
        return self._send(
            get_numbers_request(
                body=body,
            )
        )

    def get_number_get(
        self,
        *,
        number: int,
    ) -> NumberResponse:
        """Get a leased virtual number (GET form)"""
        return self._send(
            get_number_get_request(
                number=number,
            )
        )

    def get_number(
        self,
        body: GetNumberRequest,
    ) -> NumberResponse:
        """Get a leased virtual number"""
        return self._send(
            get_number_request(
                body=body,
            )
        )

    def lease_number_get(
        self,
        *,
        number: int | Unset = UNSET,
        forward_url: str | Unset = UNSET,
    ) -> NumberResponse:
        """Lease a virtual number (GET form)"""
        return self._send(
            lease_number_get_request(
                number=number,
                forward_url=forward_url,
            )
        )

    def lease_number(
        self,
        body: LeaseNumberRequest | Unset = UNSET,
    ) -> NumberResponse:
        """Lease a virtual number"""
        return self._send(
            lease_number_request(
                body=body,
            )
        )

    def edit_number_options_get(
        self,
        *,
        number: int,
        forward_email: str | Unset = UNSET,
        forward_sms: str | Unset = UNSET,
        forward_url: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        welcome_message: str | Unset = UNSET,
        members_message: str | Unset = UNSET,
    ) -> OutcomeResponse:
        """Set what a virtual number does with inbound SMS (GET form)"""
        return self._send(
            edit_number_options_get_request(
                number=number,
                forward_email=forward_email,
                forward_sms=forward_sms,
                forward_url=forward_url,
                list_id=list_id,
                welcome_message=welcome_message,
                members_message=members_message,
            )
        )

    def edit_number_options(
        self,
        body: EditNumberOptionsRequest,
    ) -> OutcomeResponse:
        """Set what a virtual number does with inbound SMS"""
        return self._send(
            edit_number_options_request(
                body=body,
            )
        )

    def add_keyword_get(
        self,
        *,
        keyword: str,
        number: int,
        reference: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        welcome_message: str | Unset = UNSET,
        members_message: str | Unset = UNSET,
        activate: bool | Unset = True,
        forward_url: str | Unset = UNSET,
        forward_email: str | Unset = UNSET,
        forward_sms: str | Unset = UNSET,
    ) -> KeywordResponse:
        """Create a keyword on a virtual number (GET form)"""
        return self._send(
            add_keyword_get_request(
                keyword=keyword,
                number=number,
                reference=reference,
                list_id=list_id,
                welcome_message=welcome_message,
                members_message=members_message,
                activate=activate,
                forward_url=forward_url,
                forward_email=forward_email,
                forward_sms=forward_sms,
            )
        )

    def add_keyword(
        self,
        body: AddKeywordRequest,
    ) -> KeywordResponse:
        """Create a keyword on a virtual number"""
        return self._send(
            add_keyword_request(
                body=body,
            )
        )

    def edit_keyword_get(
        self,
        *,
        keyword: str,
        number: int,
        reference: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        welcome_message: str | Unset = UNSET,
        members_message: str | Unset = UNSET,
        activate: bool | Unset = True,
        forward_url: str | Unset = UNSET,
        forward_email: str | Unset = UNSET,
        forward_sms: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> KeywordResponse:
        """Change a keyword (GET form)"""
        return self._send(
            edit_keyword_get_request(
                keyword=keyword,
                number=number,
                reference=reference,
                list_id=list_id,
                welcome_message=welcome_message,
                members_message=members_message,
                activate=activate,
                forward_url=forward_url,
                forward_email=forward_email,
                forward_sms=forward_sms,
                status=status,
            )
        )

    def edit_keyword(
        self,
        body: EditKeywordRequest,
    ) -> KeywordResponse:
        """Change a keyword"""
        return self._send(
            edit_keyword_request(
                body=body,
            )
        )

    def get_keywords_get(
        self,
        *,
        number: int | Unset = UNSET,
        page: int | Unset = 1,
        max_: int | Unset = 10,
    ) -> GetKeywordsResponse:
        """List keywords (GET form)"""
        return self._send(
            get_keywords_get_request(
                number=number,
                page=page,
                max_=max_,
            )
        )

    def get_keywords(
        self,
        body: GetKeywordsRequest | Unset = UNSET,
    ) -> GetKeywordsResponse:
        """List keywords"""
        return self._send(
            get_keywords_request(
                body=body,
            )
        )

    def get_clients_get(
        self,
        *,
        page: int | Unset = 1,
        max_: int | Unset = 10,
    ) -> GetClientsResponse:
        """List client accounts (resellers) (GET form)"""
        return self._send(
            get_clients_get_request(
                page=page,
                max_=max_,
            )
        )

    def get_clients(
        self,
        body: GetClientsRequest | Unset = UNSET,
    ) -> GetClientsResponse:
        """List client accounts (resellers)"""
        return self._send(
            get_clients_request(
                body=body,
            )
        )

    def get_client_get(
        self,
        *,
        client_id: int | Unset = UNSET,
    ) -> ClientResponse:
        """Get a client account (resellers) (GET form)"""
        return self._send(
            get_client_get_request(
                client_id=client_id,
            )
        )

    def get_client(
        self,
        body: GetClientRequest | Unset = UNSET,
    ) -> ClientResponse:
        """Get a client account (resellers)"""
        return self._send(
            get_client_request(
                body=body,
            )
        )

    def add_client_get(
        self,
        *,
        name: str,
        contact: str | Unset = UNSET,
        email: str,
        password: str,
        msisdn: str,
        timezone: str | Unset = UNSET,
        api_secret: str | Unset = UNSET,
        client_pays: bool | Unset = True,
        sms_margin: float | Unset = UNSET,
        number_margin: float | Unset = UNSET,
        payment_method: PaymentMethod | Unset = UNSET,
        fixed_top_up_amount: float | Unset = UNSET,
    ) -> ClientResponse:
        """Create a client account (resellers) (GET form)"""
        return self._send(
            add_client_get_request(
                name=name,
                contact=contact,
                email=email,
                password=password,
                msisdn=msisdn,
                timezone=timezone,
                api_secret=api_secret,
                client_pays=client_pays,
                sms_margin=sms_margin,
                number_margin=number_margin,
                payment_method=payment_method,
                fixed_top_up_amount=fixed_top_up_amount,
            )
        )

    def add_client(
        self,
        body: AddClientRequest,
    ) -> ClientResponse:
        """Create a client account (resellers)"""
        return self._send(
            add_client_request(
                body=body,
            )
        )

    def add_email_get(
        self,
        *,
        email: str,
        max_sms: int | Unset = 1,
        number: int | Unset = UNSET,
    ) -> EmailSuccessResponse:
        """Allow an email address to send SMS by email (GET form)"""
        return self._send(
            add_email_get_request(
                email=email,
                max_sms=max_sms,
                number=number,
            )
        )

    def add_email(
        self,
        body: AddEmailRequest,
    ) -> EmailSuccessResponse:
        """Allow an email address to send SMS by email"""
        return self._send(
            add_email_request(
                body=body,
            )
        )

    def delete_email_get(
        self,
        *,
        email: str,
    ) -> EmailSuccessResponse:
        """Stop an address sending SMS by email (GET form)"""
        return self._send(
            delete_email_get_request(
                email=email,
            )
        )

    def delete_email(
        self,
        body: DeleteEmailRequest,
    ) -> EmailSuccessResponse:
        """Stop an address sending SMS by email"""
        return self._send(
            delete_email_request(
                body=body,
            )
        )


class AsyncOperations:
    """Every operation as a coroutine method; `_send` sends the request (a client supplies it)."""

    async def _send(self, request: Request[T]) -> T:
        raise NotImplementedError

    async def send_sms_get(
        self,
        *,
        message: str,
        to: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        countrycode: str | Unset = UNSET,
        from_: str | Unset = UNSET,
        send_at: str | Unset = UNSET,
        validity: int | Unset = UNSET,
        replies_to_email: str | Unset = UNSET,
        tracked_link_url: str | Unset = UNSET,
        link_hits_callback: str | Unset = UNSET,
        dlr_callback: str | Unset = UNSET,
        reply_callback: str | Unset = UNSET,
    ) -> SendSmsResponse:
        """Send an SMS to numbers or to a contact list (GET form)"""
        return await self._send(
            send_sms_get_request(
                message=message,
                to=to,
                list_id=list_id,
                countrycode=countrycode,
                from_=from_,
                send_at=send_at,
                validity=validity,
                replies_to_email=replies_to_email,
                tracked_link_url=tracked_link_url,
                link_hits_callback=link_hits_callback,
                dlr_callback=dlr_callback,
                reply_callback=reply_callback,
            )
        )

    async def send_sms(
        self,
        body: SendSmsRequest,
    ) -> SendSmsResponse:
        """Send an SMS to numbers or to a contact list"""
        return await self._send(
            send_sms_request(
                body=body,
            )
        )

    async def cancel_sms_get(
        self,
        *,
        id: int,
    ) -> CancelSmsResponse:
        """Cancel a scheduled message (GET form)"""
        return await self._send(
            cancel_sms_get_request(
                id=id,
            )
        )

    async def cancel_sms(
        self,
        body: CancelSmsRequest,
    ) -> CancelSmsResponse:
        """Cancel a scheduled message"""
        return await self._send(
            cancel_sms_request(
                body=body,
            )
        )

    async def format_number_get(
        self,
        *,
        msisdn: str,
        countrycode: str,
    ) -> FormatNumberResponse:
        """Normalise a phone number (GET form)"""
        return await self._send(
            format_number_get_request(
                msisdn=msisdn,
                countrycode=countrycode,
            )
        )

    async def format_number(
        self,
        body: FormatNumberRequest,
    ) -> FormatNumberResponse:
        """Normalise a phone number"""
        return await self._send(
            format_number_request(
                body=body,
            )
        )

    async def get_sms_get(
        self,
        *,
        message_id: int,
    ) -> GetSmsResponse:
        """Get a sent message and its counters (GET form)"""
        return await self._send(
            get_sms_get_request(
                message_id=message_id,
            )
        )

    async def get_sms(
        self,
        body: GetSmsRequest,
    ) -> GetSmsResponse:
        """Get a sent message and its counters"""
        return await self._send(
            get_sms_request(
                body=body,
            )
        )

    async def get_sms_stats_get(
        self,
        *,
        message_id: int,
    ) -> GetSmsStatsResponse:
        """Get delivery statistics of a message (GET form)"""
        return await self._send(
            get_sms_stats_get_request(
                message_id=message_id,
            )
        )

    async def get_sms_stats(
        self,
        body: GetSmsStatsRequest,
    ) -> GetSmsStatsResponse:
        """Get delivery statistics of a message"""
        return await self._send(
            get_sms_stats_request(
                body=body,
            )
        )

    async def get_sms_delivery_status_get(
        self,
        *,
        message_id: int,
        msisdn: int,
    ) -> GetSmsDeliveryStatusResponse:
        """Get the delivery state for one recipient (GET form)"""
        return await self._send(
            get_sms_delivery_status_get_request(
                message_id=message_id,
                msisdn=msisdn,
            )
        )

    async def get_sms_delivery_status(
        self,
        body: GetSmsDeliveryStatusRequest,
    ) -> GetSmsDeliveryStatusResponse:
        """Get the delivery state for one recipient"""
        return await self._send(
            get_sms_delivery_status_request(
                body=body,
            )
        )

    async def get_sms_responses_get(
        self,
        *,
        message_id: int | Unset = UNSET,
        keyword_id: int | Unset = UNSET,
        keyword: str | Unset = UNSET,
        number: int | Unset = UNSET,
        msisdn: int | Unset = UNSET,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        include_original: bool | Unset = False,
        page: int | Unset = 1,
        max_: int | Unset = 10,
    ) -> SmsResponsesResponse:
        """List replies to a message or keyword (GET form)"""
        return await self._send(
            get_sms_responses_get_request(
                message_id=message_id,
                keyword_id=keyword_id,
                keyword=keyword,
                number=number,
                msisdn=msisdn,
                start=start,
                end=end,
                include_original=include_original,
                page=page,
                max_=max_,
            )
        )

    async def get_sms_responses(
        self,
        body: GetSmsResponsesRequest,
    ) -> SmsResponsesResponse:
        """List replies to a message or keyword"""
        return await self._send(
            get_sms_responses_request(
                body=body,
            )
        )

    async def get_user_sms_responses_get(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        keywords: KeywordsFilter | Unset = UNSET,
        include_original: bool | Unset = False,
        number: int | Unset = UNSET,
        page: int | Unset = 1,
        max_: int | Unset = 10,
    ) -> SmsResponsesResponse:
        """List all replies received in a time window (GET form)"""
        return await self._send(
            get_user_sms_responses_get_request(
                start=start,
                end=end,
                keywords=keywords,
                include_original=include_original,
                number=number,
                page=page,
                max_=max_,
            )
        )

    async def get_user_sms_responses(
        self,
        body: GetUserSmsResponsesRequest | Unset = UNSET,
    ) -> SmsResponsesResponse:
        """List all replies received in a time window"""
        return await self._send(
            get_user_sms_responses_request(
                body=body,
            )
        )

    async def get_sms_sent_get(
        self,
        *,
        message_id: int,
        list_id: int | Unset = UNSET,
        page: int | Unset = 1,
        max_: int | Unset = 10,
        delivery: DeliveryFilter | Unset = UNSET,
        optouts: OptoutsFilter | Unset = UNSET,
    ) -> GetSmsSentResponse:
        """List the recipients of a message (GET form)"""
        return await self._send(
            get_sms_sent_get_request(
                message_id=message_id,
                list_id=list_id,
                page=page,
                max_=max_,
                delivery=delivery,
                optouts=optouts,
            )
        )

    async def get_sms_sent(
        self,
        body: GetSmsSentRequest,
    ) -> GetSmsSentResponse:
        """List the recipients of a message"""
        return await self._send(
            get_sms_sent_request(
                body=body,
            )
        )

    async def get_sms_sent_count_get(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
    ) -> SmsSentCountResponse:
        """Count the SMS sent in a window (GET form)"""
        return await self._send(
            get_sms_sent_count_get_request(
                start=start,
                end=end,
            )
        )

    async def get_sms_sent_count(
        self,
        body: GetSmsSentCountRequest | Unset = UNSET,
    ) -> SmsSentCountResponse:
        """Count the SMS sent in a window"""
        return await self._send(
            get_sms_sent_count_request(
                body=body,
            )
        )

    async def get_user_sms_sent_get(
        self,
        *,
        start: str,
        end: str,
        msisdn: int | Unset = UNSET,
        page: int | Unset = 1,
        max_: int | Unset = 10,
        response_style: ResponseStyle | Unset = UNSET,
    ) -> UserSmsSentResponse:
        """List the SMS sent in a window (GET form)"""
        return await self._send(
            get_user_sms_sent_get_request(
                start=start,
                end=end,
                msisdn=msisdn,
                page=page,
                max_=max_,
                response_style=response_style,
            )
        )

    async def get_user_sms_sent(
        self,
        body: GetUserSmsSentRequest,
    ) -> UserSmsSentResponse:
        """List the SMS sent in a window"""
        return await self._send(
            get_user_sms_sent_request(
                body=body,
            )
        )

    async def get_contact_sms_stats_get(
        self,
        *,
        mobile: int,
        countrycode: str | Unset = UNSET,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        sort_field: GetContactSmsStatsGetSortField | Unset = UNSET,
        order: GetContactSmsStatsGetOrder | Unset = UNSET,
        page: int | Unset = 1,
        max_: int | Unset = 10,
    ) -> ContactSmsStatsResponse:
        """List the messages sent to one number (GET form)"""
        return await self._send(
            get_contact_sms_stats_get_request(
                mobile=mobile,
                countrycode=countrycode,
                start=start,
                end=end,
                sort_field=sort_field,
                order=order,
                page=page,
                max_=max_,
            )
        )

    async def get_contact_sms_stats(
        self,
        body: GetContactSmsStatsRequest,
    ) -> ContactSmsStatsResponse:
        """List the messages sent to one number"""
        return await self._send(
            get_contact_sms_stats_request(
                body=body,
            )
        )

    async def get_message_report_get(
        self,
        *,
        start: str | Unset = UNSET,
        end: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        number: int | Unset = UNSET,
        type_: GetMessageReportGetType | Unset = UNSET,
        page: int | Unset = 1,
        max_: int | Unset = 10,
        response_style: ResponseStyle | Unset = UNSET,
    ) -> MessageReportResponse:
        """Report on the messages sent in a window (GET form)"""
        return await self._send(
            get_message_report_get_request(
                start=start,
                end=end,
                list_id=list_id,
                number=number,
                type_=type_,
                page=page,
                max_=max_,
                response_style=response_style,
            )
        )

    async def get_message_report(
        self,
        body: GetMessageReportRequest | Unset = UNSET,
    ) -> MessageReportResponse:
        """Report on the messages sent in a window"""
        return await self._send(
            get_message_report_request(
                body=body,
            )
        )

    async def get_balance_get(
        self,
    ) -> BalanceResponse:
        """Get the account balance (GET form)"""
        return await self._send(get_balance_get_request())

    async def get_balance(
        self,
    ) -> BalanceResponse:
        """Get the account balance"""
        return await self._send(get_balance_request())

    async def get_lists_get(
        self,
        *,
        page: int | Unset = 1,
        max_: int | Unset = 10,
        response_style: ResponseStyle | Unset = UNSET,
    ) -> GetListsResponse:
        """List all contact lists (GET form)"""
        return await self._send(
            get_lists_get_request(
                page=page,
                max_=max_,
                response_style=response_style,
            )
        )

    async def get_lists(
        self,
        body: GetListsRequest | Unset = UNSET,
    ) -> GetListsResponse:
        """List all contact lists"""
        return await self._send(
            get_lists_request(
                body=body,
            )
        )

    async def get_list_get(
        self,
        *,
        list_id: int,
        page: int | Unset = 1,
        max_: int | Unset = 10,
        members: MembersFilter | Unset = UNSET,
        response_style: ResponseStyle | Unset = UNSET,
    ) -> GetListResponse:
        """Get a contact list and its members (GET form)"""
        return await self._send(
            get_list_get_request(
                list_id=list_id,
                page=page,
                max_=max_,
                members=members,
                response_style=response_style,
            )
        )

    async def get_list(
        self,
        body: GetListRequest,
    ) -> GetListResponse:
        """Get a contact list and its members"""
        return await self._send(
            get_list_request(
                body=body,
            )
        )

    async def add_list_get(
        self,
        *,
        name: str,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        response_style: ResponseStyle | Unset = UNSET,
    ) -> AddListResponse:
        """Create a contact list (GET form)"""
        return await self._send(
            add_list_get_request(
                name=name,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
                response_style=response_style,
            )
        )

    async def add_list(
        self,
        body: AddListRequest,
    ) -> AddListResponse:
        """Create a contact list"""
        return await self._send(
            add_list_request(
                body=body,
            )
        )

    async def remove_list_get(
        self,
        *,
        list_id: int,
    ) -> RemoveListResponse:
        """Delete a contact list (GET form)"""
        return await self._send(
            remove_list_get_request(
                list_id=list_id,
            )
        )

    async def remove_list(
        self,
        body: RemoveListRequest,
    ) -> RemoveListResponse:
        """Delete a contact list"""
        return await self._send(
            remove_list_request(
                body=body,
            )
        )

    async def add_to_list_get(
        self,
        *,
        list_id: int,
        msisdn: str,
        countrycode: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        response_style: ResponseStyle | Unset = UNSET,
    ) -> AddToListResponse:
        """Add a contact to a list (GET form)"""
        return await self._send(
            add_to_list_get_request(
                list_id=list_id,
                msisdn=msisdn,
                countrycode=countrycode,
                first_name=first_name,
                last_name=last_name,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
                response_style=response_style,
            )
        )

    async def add_to_list(
        self,
        body: AddToListRequest,
    ) -> AddToListResponse:
        """Add a contact to a list"""
        return await self._send(
            add_to_list_request(
                body=body,
            )
        )

    async def delete_from_list_get(
        self,
        *,
        list_id: int | Unset = UNSET,
        msisdn: str,
        countrycode: str | Unset = UNSET,
    ) -> ListIdsResponse:
        """Remove a contact from one or all lists (GET form)"""
        return await self._send(
            delete_from_list_get_request(
                list_id=list_id,
                msisdn=msisdn,
                countrycode=countrycode,
            )
        )

    async def delete_from_list(
        self,
        body: DeleteFromListRequest,
    ) -> ListIdsResponse:
        """Remove a contact from one or all lists"""
        return await self._send(
            delete_from_list_request(
                body=body,
            )
        )

    async def optout_list_member_get(
        self,
        *,
        list_id: int | Unset = UNSET,
        msisdn: int,
    ) -> ListIdsResponse:
        """Opt a contact out of one or all lists (GET form)"""
        return await self._send(
            optout_list_member_get_request(
                list_id=list_id,
                msisdn=msisdn,
            )
        )

    async def optout_list_member(
        self,
        body: OptoutListMemberRequest,
    ) -> ListIdsResponse:
        """Opt a contact out of one or all lists"""
        return await self._send(
            optout_list_member_request(
                body=body,
            )
        )

    async def get_contact_get(
        self,
        *,
        list_id: int,
        msisdn: str,
        response_style: ResponseStyle | Unset = UNSET,
    ) -> ContactResponse:
        """Get a contact on a list (GET form)"""
        return await self._send(
            get_contact_get_request(
                list_id=list_id,
                msisdn=msisdn,
                response_style=response_style,
            )
        )

    async def get_contact(
        self,
        body: GetContactRequest,
    ) -> ContactResponse:
        """Get a contact on a list"""
        return await self._send(
            get_contact_request(
                body=body,
            )
        )

    async def add_field_to_list_get(
        self,
        *,
        list_id: int,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        response_style: ResponseStyle | Unset = UNSET,
    ) -> AddFieldToListResponse:
        """Add or rename custom fields of a list (GET form)"""
        return await self._send(
            add_field_to_list_get_request(
                list_id=list_id,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
                response_style=response_style,
            )
        )

    async def add_field_to_list(
        self,
        body: AddFieldToListRequest,
    ) -> AddFieldToListResponse:
        """Add or rename custom fields of a list"""
        return await self._send(
            add_field_to_list_request(
                body=body,
            )
        )

    async def edit_list_member_get(
        self,
        *,
        list_id: int,
        msisdn: str,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
        response_style: ResponseStyle | Unset = UNSET,
    ) -> ContactResponse:
        """Update a contact on a list (GET form)"""
        return await self._send(
            edit_list_member_get_request(
                list_id=list_id,
                msisdn=msisdn,
                first_name=first_name,
                last_name=last_name,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
                response_style=response_style,
            )
        )

    async def edit_list_member(
        self,
        body: EditListMemberRequest,
    ) -> ContactResponse:
        """Update a contact on a list"""
        return await self._send(
            edit_list_member_request(
                body=body,
            )
        )

    async def add_contacts_bulk_get(
        self,
        *,
        list_id: int | Unset = UNSET,
        name: str | Unset = UNSET,
        countrycode: str | Unset = UNSET,
        file_url: str | Unset = UNSET,
        field_1: str | Unset = UNSET,
        field_2: str | Unset = UNSET,
        field_3: str | Unset = UNSET,
        field_4: str | Unset = UNSET,
        field_5: str | Unset = UNSET,
        field_6: str | Unset = UNSET,
        field_7: str | Unset = UNSET,
        field_8: str | Unset = UNSET,
        field_9: str | Unset = UNSET,
        field_10: str | Unset = UNSET,
    ) -> AddContactsBulkResponse:
        """Import contacts into a list from a CSV file (GET form)"""
        return await self._send(
            add_contacts_bulk_get_request(
                list_id=list_id,
                name=name,
                countrycode=countrycode,
                file_url=file_url,
                field_1=field_1,
                field_2=field_2,
                field_3=field_3,
                field_4=field_4,
                field_5=field_5,
                field_6=field_6,
                field_7=field_7,
                field_8=field_8,
                field_9=field_9,
                field_10=field_10,
            )
        )

    async def add_contacts_bulk(
        self,
        body: AddContactsBulkRequest | Unset = UNSET,
    ) -> AddContactsBulkResponse:
        """Import contacts into a list from a CSV file"""
        return await self._send(
            add_contacts_bulk_request(
                body=body,
            )
        )

    async def add_contacts_bulk_progress_get(
        self,
        *,
        list_id: int,
    ) -> BulkProgressResponse:
        """Progress of a CSV import (GET form)"""
        return await self._send(
            add_contacts_bulk_progress_get_request(
                list_id=list_id,
            )
        )

    async def add_contacts_bulk_progress(
        self,
        body: AddContactsBulkProgressRequest,
    ) -> BulkProgressResponse:
        """Progress of a CSV import"""
        return await self._send(
            add_contacts_bulk_progress_request(
                body=body,
            )
        )

    async def get_numbers_get(
        self,
        *,
        filter_: NumbersFilter | Unset = UNSET,
        page: int | Unset = 1,
        max_: int | Unset = 10,
    ) -> GetNumbersResponse:
        """List leased or available virtual numbers (GET form)"""
        return await self._send(
            get_numbers_get_request(
                filter_=filter_,
                page=page,
                max_=max_,
            )
        )

    async def get_numbers(
        self,
        body: GetNumbersRequest | Unset = UNSET,
    ) -> GetNumbersResponse:
        """List leased or available virtual numbers"""
        return await self._send(
            get_numbers_request(
                body=body,
            )
        )

    async def get_number_get(
        self,
        *,
        number: int,
    ) -> NumberResponse:
        """Get a leased virtual number (GET form)"""
        return await self._send(
            get_number_get_request(
                number=number,
            )
        )

    async def get_number(
        self,
        body: GetNumberRequest,
    ) -> NumberResponse:
        """Get a leased virtual number"""
        return await self._send(
            get_number_request(
                body=body,
            )
        )

    async def lease_number_get(
        self,
        *,
        number: int | Unset = UNSET,
        forward_url: str | Unset = UNSET,
    ) -> NumberResponse:
        """Lease a virtual number (GET form)"""
        return await self._send(
            lease_number_get_request(
                number=number,
                forward_url=forward_url,
            )
        )

    async def lease_number(
        self,
        body: LeaseNumberRequest | Unset = UNSET,
    ) -> NumberResponse:
        """Lease a virtual number"""
        return await self._send(
            lease_number_request(
                body=body,
            )
        )

    async def edit_number_options_get(
        self,
        *,
        number: int,
        forward_email: str | Unset = UNSET,
        forward_sms: str | Unset = UNSET,
        forward_url: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        welcome_message: str | Unset = UNSET,
        members_message: str | Unset = UNSET,
    ) -> OutcomeResponse:
        """Set what a virtual number does with inbound SMS (GET form)"""
        return await self._send(
            edit_number_options_get_request(
                number=number,
                forward_email=forward_email,
                forward_sms=forward_sms,
                forward_url=forward_url,
                list_id=list_id,
                welcome_message=welcome_message,
                members_message=members_message,
            )
        )

    async def edit_number_options(
        self,
        body: EditNumberOptionsRequest,
    ) -> OutcomeResponse:
        """Set what a virtual number does with inbound SMS"""
        return await self._send(
            edit_number_options_request(
                body=body,
            )
        )

    async def add_keyword_get(
        self,
        *,
        keyword: str,
        number: int,
        reference: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        welcome_message: str | Unset = UNSET,
        members_message: str | Unset = UNSET,
        activate: bool | Unset = True,
        forward_url: str | Unset = UNSET,
        forward_email: str | Unset = UNSET,
        forward_sms: str | Unset = UNSET,
    ) -> KeywordResponse:
        """Create a keyword on a virtual number (GET form)"""
        return await self._send(
            add_keyword_get_request(
                keyword=keyword,
                number=number,
                reference=reference,
                list_id=list_id,
                welcome_message=welcome_message,
                members_message=members_message,
                activate=activate,
                forward_url=forward_url,
                forward_email=forward_email,
                forward_sms=forward_sms,
            )
        )

    async def add_keyword(
        self,
        body: AddKeywordRequest,
    ) -> KeywordResponse:
        """Create a keyword on a virtual number"""
        return await self._send(
            add_keyword_request(
                body=body,
            )
        )

    async def edit_keyword_get(
        self,
        *,
        keyword: str,
        number: int,
        reference: str | Unset = UNSET,
        list_id: int | Unset = UNSET,
        welcome_message: str | Unset = UNSET,
        members_message: str | Unset = UNSET,
        activate: bool | Unset = True,
        forward_url: str | Unset = UNSET,
        forward_email: str | Unset = UNSET,
        forward_sms: str | Unset = UNSET,
        status: str | Unset = UNSET,
    ) -> KeywordResponse:
        """Change a keyword (GET form)"""
        return await self._send(
            edit_keyword_get_request(
                keyword=keyword,
                number=number,
                reference=reference,
                list_id=list_id,
                welcome_message=welcome_message,
                members_message=members_message,
                activate=activate,
                forward_url=forward_url,
                forward_email=forward_email,
                forward_sms=forward_sms,
                status=status,
            )
        )

    async def edit_keyword(
        self,
        body: EditKeywordRequest,
    ) -> KeywordResponse:
        """Change a keyword"""
        return await self._send(
            edit_keyword_request(
                body=body,
            )
        )

    async def get_keywords_get(
        self,
        *,
        number: int | Unset = UNSET,
        page: int | Unset = 1,
        max_: int | Unset = 10,
    ) -> GetKeywordsResponse:
        """List keywords (GET form)"""
        return await self._send(
            get_keywords_get_request(
                number=number,
                page=page,
                max_=max_,
            )
        )

    async def get_keywords(
        self,
        body: GetKeywordsRequest | Unset = UNSET,
    ) -> GetKeywordsResponse:
        """List keywords"""
        return await self._send(
            get_keywords_request(
                body=body,
            )
        )

    async def get_clients_get(
        self,
        *,
        page: int | Unset = 1,
        max_: int | Unset = 10,
    ) -> GetClientsResponse:
        """List client accounts (resellers) (GET form)"""
        return await self._send(
            get_clients_get_request(
                page=page,
                max_=max_,
            )
        )

    async def get_clients(
        self,
        body: GetClientsRequest | Unset = UNSET,
    ) -> GetClientsResponse:
        """List client accounts (resellers)"""
        return await self._send(
            get_clients_request(
                body=body,
            )
        )

    async def get_client_get(
        self,
        *,
        client_id: int | Unset = UNSET,
    ) -> ClientResponse:
        """Get a client account (resellers) (GET form)"""
        return await self._send(
            get_client_get_request(
                client_id=client_id,
            )
        )

    async def get_client(
        self,
        body: GetClientRequest | Unset = UNSET,
    ) -> ClientResponse:
        """Get a client account (resellers)"""
        return await self._send(
            get_client_request(
                body=body,
            )
        )

    async def add_client_get(
        self,
        *,
        name: str,
        contact: str | Unset = UNSET,
        email: str,
        password: str,
        msisdn: str,
        timezone: str | Unset = UNSET,
        api_secret: str | Unset = UNSET,
        client_pays: bool | Unset = True,
        sms_margin: float | Unset = UNSET,
        number_margin: float | Unset = UNSET,
        payment_method: PaymentMethod | Unset = UNSET,
        fixed_top_up_amount: float | Unset = UNSET,
    ) -> ClientResponse:
        """Create a client account (resellers) (GET form)"""
        return await self._send(
            add_client_get_request(
                name=name,
                contact=contact,
                email=email,
                password=password,
                msisdn=msisdn,
                timezone=timezone,
                api_secret=api_secret,
                client_pays=client_pays,
                sms_margin=sms_margin,
                number_margin=number_margin,
                payment_method=payment_method,
                fixed_top_up_amount=fixed_top_up_amount,
            )
        )

    async def add_client(
        self,
        body: AddClientRequest,
    ) -> ClientResponse:
        """Create a client account (resellers)"""
        return await self._send(
            add_client_request(
                body=body,
            )
        )

    async def add_email_get(
        self,
        *,
        email: str,
        max_sms: int | Unset = 1,
        number: int | Unset = UNSET,
    ) -> EmailSuccessResponse:
        """Allow an email address to send SMS by email (GET form)"""
        return await self._send(
            add_email_get_request(
                email=email,
                max_sms=max_sms,
                number=number,
            )
        )

    async def add_email(
        self,
        body: AddEmailRequest,
    ) -> EmailSuccessResponse:
        """Allow an email address to send SMS by email"""
        return await self._send(
            add_email_request(
                body=body,
            )
        )

    async def delete_email_get(
        self,
        *,
        email: str,
    ) -> EmailSuccessResponse:
        """Stop an address sending SMS by email (GET form)"""
        return await self._send(
            delete_email_get_request(
                email=email,
            )
        )

    async def delete_email(
        self,
        body: DeleteEmailRequest,
    ) -> EmailSuccessResponse:
        """Stop an address sending SMS by email"""
        return await self._send(
            delete_email_request(
                body=body,
            )
        )


__all__ = [
    "AsyncOperations",
    "Operations",
    "Request",
    "add_client_get_request",
    "add_client_request",
    "add_contacts_bulk_get_request",
    "add_contacts_bulk_progress_get_request",
    "add_contacts_bulk_progress_request",
    "add_contacts_bulk_request",
    "add_email_get_request",
    "add_email_request",
    "add_field_to_list_get_request",
    "add_field_to_list_request",
    "add_keyword_get_request",
    "add_keyword_request",
    "add_list_get_request",
    "add_list_request",
    "add_to_list_get_request",
    "add_to_list_request",
    "cancel_sms_get_request",
    "cancel_sms_request",
    "delete_email_get_request",
    "delete_email_request",
    "delete_from_list_get_request",
    "delete_from_list_request",
    "edit_keyword_get_request",
    "edit_keyword_request",
    "edit_list_member_get_request",
    "edit_list_member_request",
    "edit_number_options_get_request",
    "edit_number_options_request",
    "format_number_get_request",
    "format_number_request",
    "get_balance_get_request",
    "get_balance_request",
    "get_client_get_request",
    "get_client_request",
    "get_clients_get_request",
    "get_clients_request",
    "get_contact_get_request",
    "get_contact_request",
    "get_contact_sms_stats_get_request",
    "get_contact_sms_stats_request",
    "get_keywords_get_request",
    "get_keywords_request",
    "get_list_get_request",
    "get_list_request",
    "get_lists_get_request",
    "get_lists_request",
    "get_message_report_get_request",
    "get_message_report_request",
    "get_number_get_request",
    "get_number_request",
    "get_numbers_get_request",
    "get_numbers_request",
    "get_sms_delivery_status_get_request",
    "get_sms_delivery_status_request",
    "get_sms_get_request",
    "get_sms_request",
    "get_sms_responses_get_request",
    "get_sms_responses_request",
    "get_sms_sent_count_get_request",
    "get_sms_sent_count_request",
    "get_sms_sent_get_request",
    "get_sms_sent_request",
    "get_sms_stats_get_request",
    "get_sms_stats_request",
    "get_user_sms_responses_get_request",
    "get_user_sms_responses_request",
    "get_user_sms_sent_get_request",
    "get_user_sms_sent_request",
    "lease_number_get_request",
    "lease_number_request",
    "optout_list_member_get_request",
    "optout_list_member_request",
    "remove_list_get_request",
    "remove_list_request",
    "send_sms_get_request",
    "send_sms_request",
]
