"""Every data model used in inputs and outputs, each imported when first used (generated, smskit's template)."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .balance_response import BalanceResponse
    from .error_response import ErrorResponse
    from .send_message_request import SendMessageRequest
    from .send_message_response import SendMessageResponse

_MODULES: dict[str, str] = {
    "BalanceResponse": ".balance_response",
    "ErrorResponse": ".error_response",
    "SendMessageRequest": ".send_message_request",
    "SendMessageResponse": ".send_message_response",
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
    "ErrorResponse",
    "SendMessageRequest",
    "SendMessageResponse",
)
