"""Contains all the data models used in inputs/outputs"""

from .balance_response import BalanceResponse
from .balance_response_status import BalanceResponseStatus
from .error_response import ErrorResponse
from .error_response_status import ErrorResponseStatus
from .send_message_request import SendMessageRequest
from .send_message_response import SendMessageResponse
from .send_message_response_delivery_status import SendMessageResponseDeliveryStatus
from .send_message_response_status import SendMessageResponseStatus
from .send_message_response_status_code import SendMessageResponseStatusCode

__all__ = (
    "BalanceResponse",
    "BalanceResponseStatus",
    "ErrorResponse",
    "ErrorResponseStatus",
    "SendMessageRequest",
    "SendMessageResponse",
    "SendMessageResponseDeliveryStatus",
    "SendMessageResponseStatus",
    "SendMessageResponseStatusCode",
)
