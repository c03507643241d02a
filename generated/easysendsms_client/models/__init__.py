"""Contains all the data models used in inputs/outputs"""

from .balance_response import BalanceResponse
from .delivery_report import DeliveryReport
from .delivery_report_response import DeliveryReportResponse
from .error_response import ErrorResponse
from .hlr_query_response import HlrQueryResponse
from .hlr_result import HlrResult
from .number_query_request import NumberQueryRequest
from .number_validation_response import NumberValidationResponse
from .number_validation_result import NumberValidationResult
from .send_sms_request import SendSmsRequest
from .send_sms_request_type import SendSmsRequestType
from .send_sms_response import SendSmsResponse

__all__ = (
    "BalanceResponse",
    "DeliveryReport",
    "DeliveryReportResponse",
    "ErrorResponse",
    "HlrQueryResponse",
    "HlrResult",
    "NumberQueryRequest",
    "NumberValidationResponse",
    "NumberValidationResult",
    "SendSmsRequest",
    "SendSmsRequestType",
    "SendSmsResponse",
)
