"""Contains all the data models used in inputs/outputs"""

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
from .sms_status_response import SmsStatusResponse
from .sms_status_word import SmsStatusWord
from .template import Template
from .template_list import TemplateList
from .update_phone_number_webhook_request import UpdatePhoneNumberWebhookRequest
from .validation_error import ValidationError
from .validation_error_fields import ValidationErrorFields

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
    "SmsStatusResponse",
    "SmsStatusWord",
    "Template",
    "TemplateList",
    "UpdatePhoneNumberWebhookRequest",
    "ValidationError",
    "ValidationErrorFields",
)
