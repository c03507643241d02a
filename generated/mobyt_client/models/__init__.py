"""Every data model used in inputs and outputs, each imported when first used (generated, smskit's template)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .blacklist_page import BlacklistPage
    from .delivery_report import DeliveryReport
    from .email_status import EmailStatus
    from .encoding import Encoding
    from .error_result import ErrorResult
    from .message_type import MessageType
    from .parametric_recipient import ParametricRecipient
    from .recipient_state import RecipientState
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

_MODULES: dict[str, str] = {
    "BlacklistPage": ".blacklist_page",
    "DeliveryReport": ".delivery_report",
    "EmailStatus": ".email_status",
    "Encoding": ".encoding",
    "ErrorResult": ".error_result",
    "MessageType": ".message_type",
    "ParametricRecipient": ".parametric_recipient",
    "RecipientState": ".recipient_state",
    "ResultAnswer": ".result_answer",
    "SendParametricSmsRequest": ".send_parametric_sms_request",
    "SendParametricSmsRequestRecipients": ".send_parametric_sms_request_recipients",
    "SendSmsRequest": ".send_sms_request",
    "SendSmsResult": ".send_sms_result",
    "SendSmsToGroupsRequest": ".send_sms_to_groups_request",
    "SmsCredit": ".sms_credit",
    "SmsHistoryEntry": ".sms_history_entry",
    "SmsHistoryPage": ".sms_history_page",
    "SmsState": ".sms_state",
    "UserStatus": ".user_status",
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
    "BlacklistPage",
    "DeliveryReport",
    "EmailStatus",
    "Encoding",
    "ErrorResult",
    "MessageType",
    "ParametricRecipient",
    "RecipientState",
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
