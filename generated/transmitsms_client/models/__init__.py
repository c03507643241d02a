"""Every data model used in inputs and outputs, each imported when first used (generated, smskit's template)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_client_request import AddClientRequest
    from .add_keyword_request import AddKeywordRequest
    from .add_list_request import AddListRequest
    from .add_list_response import AddListResponse
    from .add_to_list_request import AddToListRequest
    from .add_to_list_response import AddToListResponse
    from .add_to_list_response_status import AddToListResponseStatus
    from .balance_response import BalanceResponse
    from .cancel_sms_request import CancelSmsRequest
    from .cancel_sms_response import CancelSmsResponse
    from .cancel_sms_response_success import CancelSmsResponseSuccess
    from .client import Client
    from .client_response import ClientResponse
    from .delete_from_list_request import DeleteFromListRequest
    from .delivery_filter import DeliveryFilter
    from .delivery_report_callback import DeliveryReportCallback
    from .delivery_report_callback_status import DeliveryReportCallbackStatus
    from .delivery_stats import DeliveryStats
    from .delivery_status import DeliveryStatus
    from .edit_keyword_request import EditKeywordRequest
    from .error_block import ErrorBlock
    from .error_response import ErrorResponse
    from .field_entry import FieldEntry
    from .field_map import FieldMap
    from .format_number_request import FormatNumberRequest
    from .format_number_response import FormatNumberResponse
    from .formatted_number import FormattedNumber
    from .get_client_request import GetClientRequest
    from .get_clients_request import GetClientsRequest
    from .get_clients_response import GetClientsResponse
    from .get_keywords_request import GetKeywordsRequest
    from .get_keywords_response import GetKeywordsResponse
    from .get_list_request import GetListRequest
    from .get_list_response import GetListResponse
    from .get_lists_request import GetListsRequest
    from .get_lists_response import GetListsResponse
    from .get_number_request import GetNumberRequest
    from .get_numbers_request import GetNumbersRequest
    from .get_numbers_response import GetNumbersResponse
    from .get_sms_delivery_status_request import GetSmsDeliveryStatusRequest
    from .get_sms_delivery_status_response import GetSmsDeliveryStatusResponse
    from .get_sms_request import GetSmsRequest
    from .get_sms_response import GetSmsResponse
    from .get_sms_responses_request import GetSmsResponsesRequest
    from .get_sms_sent_request import GetSmsSentRequest
    from .get_sms_sent_response import GetSmsSentResponse
    from .get_sms_stats_request import GetSmsStatsRequest
    from .get_sms_stats_response import GetSmsStatsResponse
    from .get_user_sms_responses_request import GetUserSmsResponsesRequest
    from .keyword import Keyword
    from .keyword_response import KeywordResponse
    from .keywords_filter import KeywordsFilter
    from .lease_number_request import LeaseNumberRequest
    from .link_hit_callback import LinkHitCallback
    from .list_action_callback import ListActionCallback
    from .list_ids_response import ListIdsResponse
    from .list_object import ListObject
    from .list_ref import ListRef
    from .member import Member
    from .member_status import MemberStatus
    from .members_filter import MembersFilter
    from .number_object import NumberObject
    from .number_response import NumberResponse
    from .numbers_filter import NumbersFilter
    from .optout_list_member_request import OptoutListMemberRequest
    from .optouts_filter import OptoutsFilter
    from .page_block import PageBlock
    from .payment_method import PaymentMethod
    from .recipients_error_detail import RecipientsErrorDetail
    from .remove_list_request import RemoveListRequest
    from .remove_list_response import RemoveListResponse
    from .reply_callback import ReplyCallback
    from .reply_callback_is_optout import ReplyCallbackIsOptout
    from .response_style import ResponseStyle
    from .send_sms_error_block import SendSmsErrorBlock
    from .send_sms_error_response import SendSmsErrorResponse
    from .send_sms_request import SendSmsRequest
    from .send_sms_response import SendSmsResponse
    from .sent_message import SentMessage
    from .sent_recipient import SentRecipient
    from .sms_reply import SmsReply
    from .sms_responses_response import SmsResponsesResponse
    from .sms_stats import SmsStats

_MODULES: dict[str, str] = {
    "AddClientRequest": ".add_client_request",
    "AddKeywordRequest": ".add_keyword_request",
    "AddListRequest": ".add_list_request",
    "AddListResponse": ".add_list_response",
    "AddToListRequest": ".add_to_list_request",
    "AddToListResponse": ".add_to_list_response",
    "AddToListResponseStatus": ".add_to_list_response_status",
    "BalanceResponse": ".balance_response",
    "CancelSmsRequest": ".cancel_sms_request",
    "CancelSmsResponse": ".cancel_sms_response",
    "CancelSmsResponseSuccess": ".cancel_sms_response_success",
    "Client": ".client",
    "ClientResponse": ".client_response",
    "DeleteFromListRequest": ".delete_from_list_request",
    "DeliveryFilter": ".delivery_filter",
    "DeliveryReportCallback": ".delivery_report_callback",
    "DeliveryReportCallbackStatus": ".delivery_report_callback_status",
    "DeliveryStats": ".delivery_stats",
    "DeliveryStatus": ".delivery_status",
    "EditKeywordRequest": ".edit_keyword_request",
    "ErrorBlock": ".error_block",
    "ErrorResponse": ".error_response",
    "FieldEntry": ".field_entry",
    "FieldMap": ".field_map",
    "FormatNumberRequest": ".format_number_request",
    "FormatNumberResponse": ".format_number_response",
    "FormattedNumber": ".formatted_number",
    "GetClientRequest": ".get_client_request",
    "GetClientsRequest": ".get_clients_request",
    "GetClientsResponse": ".get_clients_response",
    "GetKeywordsRequest": ".get_keywords_request",
    "GetKeywordsResponse": ".get_keywords_response",
    "GetListRequest": ".get_list_request",
    "GetListResponse": ".get_list_response",
    "GetListsRequest": ".get_lists_request",
    "GetListsResponse": ".get_lists_response",
    "GetNumberRequest": ".get_number_request",
    "GetNumbersRequest": ".get_numbers_request",
    "GetNumbersResponse": ".get_numbers_response",
    "GetSmsDeliveryStatusRequest": ".get_sms_delivery_status_request",
    "GetSmsDeliveryStatusResponse": ".get_sms_delivery_status_response",
    "GetSmsRequest": ".get_sms_request",
    "GetSmsResponse": ".get_sms_response",
    "GetSmsResponsesRequest": ".get_sms_responses_request",
    "GetSmsSentRequest": ".get_sms_sent_request",
    "GetSmsSentResponse": ".get_sms_sent_response",
    "GetSmsStatsRequest": ".get_sms_stats_request",
    "GetSmsStatsResponse": ".get_sms_stats_response",
    "GetUserSmsResponsesRequest": ".get_user_sms_responses_request",
    "Keyword": ".keyword",
    "KeywordResponse": ".keyword_response",
    "KeywordsFilter": ".keywords_filter",
    "LeaseNumberRequest": ".lease_number_request",
    "LinkHitCallback": ".link_hit_callback",
    "ListActionCallback": ".list_action_callback",
    "ListIdsResponse": ".list_ids_response",
    "ListObject": ".list_object",
    "ListRef": ".list_ref",
    "Member": ".member",
    "MemberStatus": ".member_status",
    "MembersFilter": ".members_filter",
    "NumberObject": ".number_object",
    "NumberResponse": ".number_response",
    "NumbersFilter": ".numbers_filter",
    "OptoutListMemberRequest": ".optout_list_member_request",
    "OptoutsFilter": ".optouts_filter",
    "PageBlock": ".page_block",
    "PaymentMethod": ".payment_method",
    "RecipientsErrorDetail": ".recipients_error_detail",
    "RemoveListRequest": ".remove_list_request",
    "RemoveListResponse": ".remove_list_response",
    "ReplyCallback": ".reply_callback",
    "ReplyCallbackIsOptout": ".reply_callback_is_optout",
    "ResponseStyle": ".response_style",
    "SendSmsErrorBlock": ".send_sms_error_block",
    "SendSmsErrorResponse": ".send_sms_error_response",
    "SendSmsRequest": ".send_sms_request",
    "SendSmsResponse": ".send_sms_response",
    "SentMessage": ".sent_message",
    "SentRecipient": ".sent_recipient",
    "SmsReply": ".sms_reply",
    "SmsResponsesResponse": ".sms_responses_response",
    "SmsStats": ".sms_stats",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = (
    "AddClientRequest",
    "AddKeywordRequest",
    "AddListRequest",
    "AddListResponse",
    "AddToListRequest",
    "AddToListResponse",
    "AddToListResponseStatus",
    "BalanceResponse",
    "CancelSmsRequest",
    "CancelSmsResponse",
    "CancelSmsResponseSuccess",
    "Client",
    "ClientResponse",
    "DeleteFromListRequest",
    "DeliveryFilter",
    "DeliveryReportCallback",
    "DeliveryReportCallbackStatus",
    "DeliveryStats",
    "DeliveryStatus",
    "EditKeywordRequest",
    "ErrorBlock",
    "ErrorResponse",
    "FieldEntry",
    "FieldMap",
    "FormatNumberRequest",
    "FormatNumberResponse",
    "FormattedNumber",
    "GetClientRequest",
    "GetClientsRequest",
    "GetClientsResponse",
    "GetKeywordsRequest",
    "GetKeywordsResponse",
    "GetListRequest",
    "GetListResponse",
    "GetListsRequest",
    "GetListsResponse",
    "GetNumberRequest",
    "GetNumbersRequest",
    "GetNumbersResponse",
    "GetSmsDeliveryStatusRequest",
    "GetSmsDeliveryStatusResponse",
    "GetSmsRequest",
    "GetSmsResponse",
    "GetSmsResponsesRequest",
    "GetSmsSentRequest",
    "GetSmsSentResponse",
    "GetSmsStatsRequest",
    "GetSmsStatsResponse",
    "GetUserSmsResponsesRequest",
    "Keyword",
    "KeywordResponse",
    "KeywordsFilter",
    "LeaseNumberRequest",
    "LinkHitCallback",
    "ListActionCallback",
    "ListIdsResponse",
    "ListObject",
    "ListRef",
    "Member",
    "MemberStatus",
    "MembersFilter",
    "NumberObject",
    "NumberResponse",
    "NumbersFilter",
    "OptoutListMemberRequest",
    "OptoutsFilter",
    "PageBlock",
    "PaymentMethod",
    "RecipientsErrorDetail",
    "RemoveListRequest",
    "RemoveListResponse",
    "ReplyCallback",
    "ReplyCallbackIsOptout",
    "ResponseStyle",
    "SendSmsErrorBlock",
    "SendSmsErrorResponse",
    "SendSmsRequest",
    "SendSmsResponse",
    "SentMessage",
    "SentRecipient",
    "SmsReply",
    "SmsResponsesResponse",
    "SmsStats",
)
