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
from typing import TYPE_CHECKING, Literal, Protocol, Self, Unpack, overload, runtime_checkable

from smskit._common import guarded, made
from smskit._results import Balance, DeliveryState, RecipientResult, SendResults
from smskit.text import TextPreview

if TYPE_CHECKING:  # for the overloads alone: at run time the factory imports the one module asked for
    from smskit._options import EasifyOptions, EasySendSMSOptions, EzzySMSOptions, MobytOptions, TransmitSMSOptions
    from smskit.easify import AsyncEasify
    from smskit.easysendsms import AsyncEasySendSMS
    from smskit.ezzysms import AsyncEzzySMS
    from smskit.mobyt import AsyncMobyt
    from smskit.transmitsms import AsyncTransmitSMS

__all__ = ["AsyncSmsClient", "async_client"]


@runtime_checkable
class AsyncSmsClient(Protocol):
    """What every provider client offers; it is a context manager that closes it, too."""

    @property
    def provider(self) -> str:
        """The provider id (`smskit.PROVIDERS`)."""
        ...

    async def __aenter__(self) -> Self: ...

    async def __aexit__(self, *exc: object) -> None: ...

    async def send(
        self,
        to: str | Iterable[str],
        text: str,
        sender: str | None = None,
        schedule_at: dt.datetime | None = None,
        *,
        max_wait: float | None = None,
        idempotency_key: str | None = None,
    ) -> SendResults:
        """Send `text` to every recipient: one result per recipient, in order (see `SendResults`)."""
        ...

    async def balance(self) -> Balance:
        """The account's balance (UnsupportedOperation where the provider documents none)."""
        ...

    async def status(self, of: RecipientResult | str, recipient: str | None = None) -> DeliveryState:
        """What became of a sent message (UnsupportedOperation where the provider has no status read)."""
        ...

    def preview(self, text: str) -> TextPreview:
        """How `text` travels: encoding, parts, and the characters forcing UCS-2."""
        ...

    async def aclose(self) -> None:
        """Close the connections."""
        ...


@overload
def async_client(provider: Literal["easysendsms"], **options: Unpack[EasySendSMSOptions]) -> AsyncEasySendSMS: ...
@overload
def async_client(provider: Literal["ezzysms"], **options: Unpack[EzzySMSOptions]) -> AsyncEzzySMS: ...
@overload
def async_client(provider: Literal["easify"], **options: Unpack[EasifyOptions]) -> AsyncEasify: ...
@overload
def async_client(provider: Literal["transmitsms"], **options: Unpack[TransmitSMSOptions]) -> AsyncTransmitSMS: ...
@overload
def async_client(provider: Literal["mobyt"], **options: Unpack[MobytOptions]) -> AsyncMobyt: ...
def async_client(provider: str, **options: object) -> AsyncSmsClient:
    """A client for `provider`, with the options its class takes (`smskit.<Provider>(...)`, or its `Async` twin).

    A type checker knows each provider's options and class; for an id read at run time, type it
    `smskit.ProviderId`. An unknown provider or option raises InputError (with a close match, if any)."""
    options = guarded(provider, AsyncSmsClient, options)  # first: no frame of a failed construction shows a secret
    client: AsyncSmsClient = made(provider, AsyncSmsClient, options)
    return client
