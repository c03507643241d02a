"""Every data model used in inputs and outputs, each imported when first used (generated, smskit's template)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .balance_response import BalanceResponse
    from .delivery_report import DeliveryReport
    from .error_response import ErrorResponse
    from .hlr_query_response import HlrQueryResponse
    from .hlr_result import HlrResult
    from .number_query_request import NumberQueryRequest
    from .number_validation_response import NumberValidationResponse
    from .number_validation_result import NumberValidationResult
    from .send_sms_request import SendSmsRequest
    from .send_sms_request_type import SendSmsRequestType
    from .send_sms_response import SendSmsResponse

_MODULES: dict[str, str] = {
    "BalanceResponse": ".balance_response",
    "DeliveryReport": ".delivery_report",
    "ErrorResponse": ".error_response",
    "HlrQueryResponse": ".hlr_query_response",
    "HlrResult": ".hlr_result",
    "NumberQueryRequest": ".number_query_request",
    "NumberValidationResponse": ".number_validation_response",
    "NumberValidationResult": ".number_validation_result",
    "SendSmsRequest": ".send_sms_request",
    "SendSmsRequestType": ".send_sms_request_type",
    "SendSmsResponse": ".send_sms_response",
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
    "DeliveryReport",
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
