"""Every data model used in inputs and outputs, each imported when first used (generated, smskit's template)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .balance_response import BalanceResponse
    from .balance_response_status import BalanceResponseStatus
    from .error_response import ErrorResponse
    from .error_response_status import ErrorResponseStatus
    from .send_message_request import SendMessageRequest
    from .send_message_response import SendMessageResponse
    from .send_message_response_delivery_status import SendMessageResponseDeliveryStatus
    from .send_message_response_status import SendMessageResponseStatus
    from .send_message_response_status_code import SendMessageResponseStatusCode

_MODULES: dict[str, str] = {
    "BalanceResponse": ".balance_response",
    "BalanceResponseStatus": ".balance_response_status",
    "ErrorResponse": ".error_response",
    "ErrorResponseStatus": ".error_response_status",
    "SendMessageRequest": ".send_message_request",
    "SendMessageResponse": ".send_message_response",
    "SendMessageResponseDeliveryStatus": ".send_message_response_delivery_status",
    "SendMessageResponseStatus": ".send_message_response_status",
    "SendMessageResponseStatusCode": ".send_message_response_status_code",
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
