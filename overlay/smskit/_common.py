"""The interface every provider shares, and a factory: switching provider is a one-line change.

    sms = smskit.client("easysendsms", api_key="...")        # or "transmitsms", api_key=..., api_secret=...
    for result in sms.send(["+14155550100", "+14155550101"], "Your code is 123456", sender="MyShop"):
        print(result.recipient, result.status, result.message_id or result.error)

Credentials per provider, as keyword arguments (or the environment variables each client reads):
easysendsms `api_key`; ezzysms `username`, `password`; easify `token`, `from_number`;
transmitsms `api_key`, `api_secret`; mobyt `username`, `password`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from importlib import import_module
from typing import Any, Final, Protocol, runtime_checkable

from smskit._results import Balance, RecipientResult
from smskit.text import TextPreview

__all__ = ["AsyncSmsClient", "SmsClient", "async_client", "client"]

# provider id -> (module, sync class, async class)
_CLASSES: Final = {
    "easysendsms": ("smskit.easysendsms", "EasySendSMS", "AsyncEasySendSMS"),
    "ezzysms": ("smskit.ezzysms", "EzzySMS", "AsyncEzzySMS"),
    "easify": ("smskit.easify", "Easify", "AsyncEasify"),
    "transmitsms": ("smskit.transmitsms", "TransmitSMS", "AsyncTransmitSMS"),
    "mobyt": ("smskit.mobyt", "Mobyt", "AsyncMobyt"),
}


@runtime_checkable
class SmsClient(Protocol):
    """What every synchronous provider client offers."""

    provider: str

    def send(
        self, to: str | Iterable[str], text: str, sender: str | None = None, schedule_at: dt.datetime | None = None
    ) -> list[RecipientResult]: ...

    def balance(self) -> Balance: ...

    def preview(self, text: str) -> TextPreview: ...

    def close(self) -> None: ...


@runtime_checkable
class AsyncSmsClient(Protocol):
    """What every asynchronous provider client offers."""

    provider: str

    async def send(
        self, to: str | Iterable[str], text: str, sender: str | None = None, schedule_at: dt.datetime | None = None
    ) -> list[RecipientResult]: ...

    async def balance(self) -> Balance: ...

    def preview(self, text: str) -> TextPreview: ...

    async def aclose(self) -> None: ...


def _class(provider: str, index: int) -> Any:
    if provider not in _CLASSES:
        raise ValueError(f"provider must be one of {', '.join(_CLASSES)}; got {provider!r}")
    module, *names = _CLASSES[provider]
    return getattr(import_module(module), names[index])


def client(provider: str, **options: Any) -> SmsClient:
    """A synchronous client for `provider` (credentials and options as that class takes them)."""
    made: SmsClient = _class(provider, 0)(**options)
    return made


def async_client(provider: str, **options: Any) -> AsyncSmsClient:
    """An asynchronous client for `provider`."""
    made: AsyncSmsClient = _class(provider, 1)(**options)
    return made
