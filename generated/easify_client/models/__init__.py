"""Every data model used in inputs and outputs, each imported when first used (generated, smskit's template)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error import ApiError
    from .campaign_item import CampaignItem
    from .campaign_item_list import CampaignItemList
    from .force_send import ForceSend
    from .get_sms_report_order import GetSmsReportOrder
    from .inbound_sms_event import InboundSmsEvent
    from .pagination_links import PaginationLinks
    from .pagination_meta import PaginationMeta
    from .pagination_meta_link import PaginationMetaLink
    from .phone_number import PhoneNumber
    from .phone_number_list import PhoneNumberList
    from .phone_number_response import PhoneNumberResponse
    from .send_country_code import SendCountryCode
    from .send_sms_campaign_data import SendSmsCampaignData
    from .send_sms_campaign_request import SendSmsCampaignRequest
    from .send_sms_campaign_response import SendSmsCampaignResponse
    from .send_sms_data import SendSmsData
    from .send_sms_multipart_request import SendSmsMultipartRequest
    from .send_sms_request import SendSmsRequest
    from .send_sms_response import SendSmsResponse
    from .sms_record import SmsRecord
    from .sms_record_list import SmsRecordList
    from .sms_status_data import SmsStatusData
    from .sms_status_event import SmsStatusEvent
    from .sms_status_filter import SmsStatusFilter
    from .sms_status_response import SmsStatusResponse
    from .template import Template
    from .template_list import TemplateList
    from .update_phone_number_webhook_request import UpdatePhoneNumberWebhookRequest
    from .validation_error import ValidationError
    from .validation_error_fields import ValidationErrorFields

_MODULES: dict[str, str] = {
    "ApiError": ".api_error",
    "CampaignItem": ".campaign_item",
    "CampaignItemList": ".campaign_item_list",
    "ForceSend": ".force_send",
    "GetSmsReportOrder": ".get_sms_report_order",
    "InboundSmsEvent": ".inbound_sms_event",
    "PaginationLinks": ".pagination_links",
    "PaginationMeta": ".pagination_meta",
    "PaginationMetaLink": ".pagination_meta_link",
    "PhoneNumber": ".phone_number",
    "PhoneNumberList": ".phone_number_list",
    "PhoneNumberResponse": ".phone_number_response",
    "SendCountryCode": ".send_country_code",
    "SendSmsCampaignData": ".send_sms_campaign_data",
    "SendSmsCampaignRequest": ".send_sms_campaign_request",
    "SendSmsCampaignResponse": ".send_sms_campaign_response",
    "SendSmsData": ".send_sms_data",
    "SendSmsMultipartRequest": ".send_sms_multipart_request",
    "SendSmsRequest": ".send_sms_request",
    "SendSmsResponse": ".send_sms_response",
    "SmsRecord": ".sms_record",
    "SmsRecordList": ".sms_record_list",
    "SmsStatusData": ".sms_status_data",
    "SmsStatusEvent": ".sms_status_event",
    "SmsStatusFilter": ".sms_status_filter",
    "SmsStatusResponse": ".sms_status_response",
    "Template": ".template",
    "TemplateList": ".template_list",
    "UpdatePhoneNumberWebhookRequest": ".update_phone_number_webhook_request",
    "ValidationError": ".validation_error",
    "ValidationErrorFields": ".validation_error_fields",
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
    "ApiError",
    "CampaignItem",
    "CampaignItemList",
    "ForceSend",
    "GetSmsReportOrder",
    "InboundSmsEvent",
    "PaginationLinks",
    "PaginationMeta",
    "PaginationMetaLink",
    "PhoneNumber",
    "PhoneNumberList",
    "PhoneNumberResponse",
    "SendCountryCode",
    "SendSmsCampaignData",
    "SendSmsCampaignRequest",
    "SendSmsCampaignResponse",
    "SendSmsData",
    "SendSmsMultipartRequest",
    "SendSmsRequest",
    "SendSmsResponse",
    "SmsRecord",
    "SmsRecordList",
    "SmsStatusData",
    "SmsStatusEvent",
    "SmsStatusFilter",
    "SmsStatusResponse",
    "Template",
    "TemplateList",
    "UpdatePhoneNumberWebhookRequest",
    "ValidationError",
    "ValidationErrorFields",
)
