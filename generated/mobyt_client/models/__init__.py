"""Contains all the data models used in inputs/outputs"""

from .blacklist_page import BlacklistPage
from .delivery_report import DeliveryReport
from .email_status import EmailStatus
from .encoding import Encoding
from .error_result import ErrorResult
from .message_type import MessageType
from .parametric_recipient import ParametricRecipient
from .recipient_state import RecipientState
from .recipient_status import RecipientStatus
from .result_answer import ResultAnswer
from .send_parametric_sms_request import SendParametricSmsRequest
from .send_parametric_sms_request_recipients import SendParametricSmsRequestRecipients
from .send_sms_request import SendSmsRequest
from .send_sms_result import SendSmsResult
from .send_sms_to_groups_request import SendSmsToGroupsRequest
from .sms_credit import SmsCredit
from .sms_history_entry import SmsHistoryEntry
from .sms_history_page import SmsHistoryPage
from .sms_state import SmsState
from .user_status import UserStatus

__all__ = (
    "BlacklistPage",
    "DeliveryReport",
    "EmailStatus",
    "Encoding",
    "ErrorResult",
    "MessageType",
    "ParametricRecipient",
    "RecipientState",
    "RecipientStatus",
    "ResultAnswer",
    "SendParametricSmsRequest",
    "SendParametricSmsRequestRecipients",
    "SendSmsRequest",
    "SendSmsResult",
    "SendSmsToGroupsRequest",
    "SmsCredit",
    "SmsHistoryEntry",
    "SmsHistoryPage",
    "SmsState",
    "UserStatus",
)
