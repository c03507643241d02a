"""Every data model used in inputs and outputs, each imported when first used (generated, smskit's template)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .add_client_request import AddClientRequest
    from .add_contacts_bulk_progress_request import AddContactsBulkProgressRequest
    from .add_contacts_bulk_request import AddContactsBulkRequest
    from .add_contacts_bulk_response import AddContactsBulkResponse
    from .add_email_request import AddEmailRequest
    from .add_field_to_list_request import AddFieldToListRequest
    from .add_field_to_list_response import AddFieldToListResponse
    from .add_keyword_request import AddKeywordRequest
    from .add_list_request import AddListRequest
    from .add_list_response import AddListResponse
    from .add_to_list_request import AddToListRequest
    from .add_to_list_response import AddToListResponse
    from .balance_response import BalanceResponse
    from .bulk_progress_response import BulkProgressResponse
    from .cancel_sms_request import CancelSmsRequest
    from .cancel_sms_response import CancelSmsResponse
    from .client import Client
    from .client_response import ClientResponse
    from .contact_response import ContactResponse
    from .contact_sms_record import ContactSmsRecord
    from .contact_sms_stats_response import ContactSmsStatsResponse
    from .delete_email_request import DeleteEmailRequest
    from .delete_from_list_request import DeleteFromListRequest
    from .delivery_filter import DeliveryFilter
    from .delivery_report_callback import DeliveryReportCallback
    from .delivery_stats import DeliveryStats
    from .delivery_status import DeliveryStatus
    from .edit_keyword_request import EditKeywordRequest
    from .edit_list_member_request import EditListMemberRequest
    from .edit_number_options_request import EditNumberOptionsRequest
    from .email_success_response import EmailSuccessResponse
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
    from .get_contact_request import GetContactRequest
    from .get_contact_sms_stats_get_order import GetContactSmsStatsGetOrder
    from .get_contact_sms_stats_get_sort_field import GetContactSmsStatsGetSortField
    from .get_contact_sms_stats_request import GetContactSmsStatsRequest
    from .get_contact_sms_stats_request_order import GetContactSmsStatsRequestOrder
    from .get_contact_sms_stats_request_sort_field import GetContactSmsStatsRequestSortField
    from .get_keywords_request import GetKeywordsRequest
    from .get_keywords_response import GetKeywordsResponse
    from .get_list_request import GetListRequest
    from .get_list_response import GetListResponse
    from .get_lists_request import GetListsRequest
    from .get_lists_response import GetListsResponse
    from .get_message_report_get_type import GetMessageReportGetType
    from .get_message_report_request import GetMessageReportRequest
    from .get_message_report_request_type import GetMessageReportRequestType
    from .get_number_request import GetNumberRequest
    from .get_numbers_request import GetNumbersRequest
    from .get_numbers_response import GetNumbersResponse
    from .get_sms_delivery_status_request import GetSmsDeliveryStatusRequest
    from .get_sms_delivery_status_response import GetSmsDeliveryStatusResponse
    from .get_sms_request import GetSmsRequest
    from .get_sms_response import GetSmsResponse
    from .get_sms_responses_request import GetSmsResponsesRequest
    from .get_sms_sent_count_request import GetSmsSentCountRequest
    from .get_sms_sent_request import GetSmsSentRequest
    from .get_sms_sent_response import GetSmsSentResponse
    from .get_sms_stats_request import GetSmsStatsRequest
    from .get_sms_stats_response import GetSmsStatsResponse
    from .get_user_sms_responses_request import GetUserSmsResponsesRequest
    from .get_user_sms_sent_request import GetUserSmsSentRequest
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
    from .members_filter import MembersFilter
    from .message_report_response import MessageReportResponse
    from .number_object import NumberObject
    from .number_response import NumberResponse
    from .numbers_filter import NumbersFilter
    from .optout_list_member_request import OptoutListMemberRequest
    from .optouts_filter import OptoutsFilter
    from .outcome_response import OutcomeResponse
    from .page_block import PageBlock
    from .payment_method import PaymentMethod
    from .recipients_error_detail import RecipientsErrorDetail
    from .remove_list_request import RemoveListRequest
    from .remove_list_response import RemoveListResponse
    from .reply_callback import ReplyCallback
    from .report_message import ReportMessage
    from .response_style import ResponseStyle
    from .send_sms_error_block import SendSmsErrorBlock
    from .send_sms_error_response import SendSmsErrorResponse
    from .send_sms_request import SendSmsRequest
    from .send_sms_response import SendSmsResponse
    from .sent_message import SentMessage
    from .sent_recipient import SentRecipient
    from .sms_reply import SmsReply
    from .sms_responses_response import SmsResponsesResponse
    from .sms_sent_count_response import SmsSentCountResponse
    from .sms_stats import SmsStats
    from .user_sent_sms import UserSentSms
    from .user_sms_sent_response import UserSmsSentResponse

_MODULES: dict[str, str] = {
    "AddClientRequest": ".add_client_request",
    "AddContactsBulkProgressRequest": ".add_contacts_bulk_progress_request",
    "AddContactsBulkRequest": ".add_contacts_bulk_request",
    "AddContactsBulkResponse": ".add_contacts_bulk_response",
    "AddEmailRequest": ".add_email_request",
    "AddFieldToListRequest": ".add_field_to_list_request",
    "AddFieldToListResponse": ".add_field_to_list_response",
    "AddKeywordRequest": ".add_keyword_request",
    "AddListRequest": ".add_list_request",
    "AddListResponse": ".add_list_response",
    "AddToListRequest": ".add_to_list_request",
    "AddToListResponse": ".add_to_list_response",
    "BalanceResponse": ".balance_response",
    "BulkProgressResponse": ".bulk_progress_response",
    "CancelSmsRequest": ".cancel_sms_request",
    "CancelSmsResponse": ".cancel_sms_response",
    "Client": ".client",
    "ClientResponse": ".client_response",
    "ContactResponse": ".contact_response",
    "ContactSmsRecord": ".contact_sms_record",
    "ContactSmsStatsResponse": ".contact_sms_stats_response",
    "DeleteEmailRequest": ".delete_email_request",
    "DeleteFromListRequest": ".delete_from_list_request",
    "DeliveryFilter": ".delivery_filter",
    "DeliveryReportCallback": ".delivery_report_callback",
    "DeliveryStats": ".delivery_stats",
    "DeliveryStatus": ".delivery_status",
    "EditKeywordRequest": ".edit_keyword_request",
    "EditListMemberRequest": ".edit_list_member_request",
    "EditNumberOptionsRequest": ".edit_number_options_request",
    "EmailSuccessResponse": ".email_success_response",
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
    "GetContactRequest": ".get_contact_request",
    "GetContactSmsStatsGetOrder": ".get_contact_sms_stats_get_order",
    "GetContactSmsStatsGetSortField": ".get_contact_sms_stats_get_sort_field",
    "GetContactSmsStatsRequest": ".get_contact_sms_stats_request",
    "GetContactSmsStatsRequestOrder": ".get_contact_sms_stats_request_order",
    "GetContactSmsStatsRequestSortField": ".get_contact_sms_stats_request_sort_field",
    "GetKeywordsRequest": ".get_keywords_request",
    "GetKeywordsResponse": ".get_keywords_response",
    "GetListRequest": ".get_list_request",
    "GetListResponse": ".get_list_response",
    "GetListsRequest": ".get_lists_request",
    "GetListsResponse": ".get_lists_response",
    "GetMessageReportGetType": ".get_message_report_get_type",
    "GetMessageReportRequest": ".get_message_report_request",
    "GetMessageReportRequestType": ".get_message_report_request_type",
    "GetNumberRequest": ".get_number_request",
    "GetNumbersRequest": ".get_numbers_request",
    "GetNumbersResponse": ".get_numbers_response",
    "GetSmsDeliveryStatusRequest": ".get_sms_delivery_status_request",
    "GetSmsDeliveryStatusResponse": ".get_sms_delivery_status_response",
    "GetSmsRequest": ".get_sms_request",
    "GetSmsResponse": ".get_sms_response",
    "GetSmsResponsesRequest": ".get_sms_responses_request",
    "GetSmsSentCountRequest": ".get_sms_sent_count_request",
    "GetSmsSentRequest": ".get_sms_sent_request",
    "GetSmsSentResponse": ".get_sms_sent_response",
    "GetSmsStatsRequest": ".get_sms_stats_request",
    "GetSmsStatsResponse": ".get_sms_stats_response",
    "GetUserSmsResponsesRequest": ".get_user_sms_responses_request",
    "GetUserSmsSentRequest": ".get_user_sms_sent_request",
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
    "MembersFilter": ".members_filter",
    "MessageReportResponse": ".message_report_response",
    "NumberObject": ".number_object",
    "NumberResponse": ".number_response",
    "NumbersFilter": ".numbers_filter",
    "OptoutListMemberRequest": ".optout_list_member_request",
    "OptoutsFilter": ".optouts_filter",
    "OutcomeResponse": ".outcome_response",
    "PageBlock": ".page_block",
    "PaymentMethod": ".payment_method",
    "RecipientsErrorDetail": ".recipients_error_detail",
    "RemoveListRequest": ".remove_list_request",
    "RemoveListResponse": ".remove_list_response",
    "ReplyCallback": ".reply_callback",
    "ReportMessage": ".report_message",
    "ResponseStyle": ".response_style",
    "SendSmsErrorBlock": ".send_sms_error_block",
    "SendSmsErrorResponse": ".send_sms_error_response",
    "SendSmsRequest": ".send_sms_request",
    "SendSmsResponse": ".send_sms_response",
    "SentMessage": ".sent_message",
    "SentRecipient": ".sent_recipient",
    "SmsReply": ".sms_reply",
    "SmsResponsesResponse": ".sms_responses_response",
    "SmsSentCountResponse": ".sms_sent_count_response",
    "SmsStats": ".sms_stats",
    "UserSentSms": ".user_sent_sms",
    "UserSmsSentResponse": ".user_sms_sent_response",
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
    "AddContactsBulkProgressRequest",
    "AddContactsBulkRequest",
    "AddContactsBulkResponse",
    "AddEmailRequest",
    "AddFieldToListRequest",
    "AddFieldToListResponse",
    "AddKeywordRequest",
    "AddListRequest",
    "AddListResponse",
    "AddToListRequest",
    "AddToListResponse",
    "BalanceResponse",
    "BulkProgressResponse",
    "CancelSmsRequest",
    "CancelSmsResponse",
    "Client",
    "ClientResponse",
    "ContactResponse",
    "ContactSmsRecord",
    "ContactSmsStatsResponse",
    "DeleteEmailRequest",
    "DeleteFromListRequest",
    "DeliveryFilter",
    "DeliveryReportCallback",
    "DeliveryStats",
    "DeliveryStatus",
    "EditKeywordRequest",
    "EditListMemberRequest",
    "EditNumberOptionsRequest",
    "EmailSuccessResponse",
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
    "GetContactRequest",
    "GetContactSmsStatsGetOrder",
    "GetContactSmsStatsGetSortField",
    "GetContactSmsStatsRequest",
    "GetContactSmsStatsRequestOrder",
    "GetContactSmsStatsRequestSortField",
    "GetKeywordsRequest",
    "GetKeywordsResponse",
    "GetListRequest",
    "GetListResponse",
    "GetListsRequest",
    "GetListsResponse",
    "GetMessageReportGetType",
    "GetMessageReportRequest",
    "GetMessageReportRequestType",
    "GetNumberRequest",
    "GetNumbersRequest",
    "GetNumbersResponse",
    "GetSmsDeliveryStatusRequest",
    "GetSmsDeliveryStatusResponse",
    "GetSmsRequest",
    "GetSmsResponse",
    "GetSmsResponsesRequest",
    "GetSmsSentCountRequest",
    "GetSmsSentRequest",
    "GetSmsSentResponse",
    "GetSmsStatsRequest",
    "GetSmsStatsResponse",
    "GetUserSmsResponsesRequest",
    "GetUserSmsSentRequest",
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
    "MembersFilter",
    "MessageReportResponse",
    "NumberObject",
    "NumberResponse",
    "NumbersFilter",
    "OptoutListMemberRequest",
    "OptoutsFilter",
    "OutcomeResponse",
    "PageBlock",
    "PaymentMethod",
    "RecipientsErrorDetail",
    "RemoveListRequest",
    "RemoveListResponse",
    "ReplyCallback",
    "ReportMessage",
    "ResponseStyle",
    "SendSmsErrorBlock",
    "SendSmsErrorResponse",
    "SendSmsRequest",
    "SendSmsResponse",
    "SentMessage",
    "SentRecipient",
    "SmsReply",
    "SmsResponsesResponse",
    "SmsSentCountResponse",
    "SmsStats",
    "UserSentSms",
    "UserSmsSentResponse",
)
