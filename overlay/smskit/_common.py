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
import difflib
import functools
import inspect
from collections.abc import Iterable
from importlib import import_module
from typing import TYPE_CHECKING, Any, Literal, Protocol, Self, Unpack, overload, runtime_checkable

from smskit._base import ClientOptions
from smskit._exceptions import InputError
from smskit._results import Balance, DeliveryState, RecipientResult, SendResults
from smskit._secret import Secret
from smskit._spec import PROVIDERS
from smskit.text import TextPreview

if TYPE_CHECKING:  # for the overloads alone: at run time `_class` imports the one module asked for
    from smskit._options import EasifyOptions, EasySendSMSOptions, EzzySMSOptions, MobytOptions, TransmitSMSOptions
    from smskit.easify import AsyncEasify, Easify
    from smskit.easysendsms import AsyncEasySendSMS, EasySendSMS
    from smskit.ezzysms import AsyncEzzySMS, EzzySMS
    from smskit.mobyt import AsyncMobyt, Mobyt
    from smskit.transmitsms import AsyncTransmitSMS, TransmitSMS

__all__ = ["AsyncSmsClient", "SmsClient", "async_client", "client"]


@runtime_checkable
class SmsClient(Protocol):
    """What every synchronous provider client offers (a context manager that closes it, too)."""

    @property
    def provider(self) -> str:
        """The provider id (`smskit.PROVIDERS`)."""
        ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...

    def send(
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

    def balance(self) -> Balance:
        """The account's balance (UnsupportedOperation where the provider documents none)."""
        ...

    def status(self, of: RecipientResult | str, recipient: str | None = None) -> DeliveryState:
        """What became of a sent message (UnsupportedOperation where the provider has no status read)."""
        ...

    def preview(self, text: str) -> TextPreview:
        """How `text` travels: encoding, parts, and the characters forcing UCS-2."""
        ...

    def close(self) -> None:
        """Close the connections."""
        ...


@runtime_checkable
class AsyncSmsClient(Protocol):
    """What every asynchronous provider client offers (an async context manager that closes it, too)."""

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


@functools.cache
def _option_names(cls: type) -> tuple[str, ...]:
    """The keyword options `cls` takes: its own parameters and the options every client takes."""
    named = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    own = [name for name, p in inspect.signature(cls).parameters.items() if p.kind in named]
    return (*own, *sorted(ClientOptions.__optional_keys__ | ClientOptions.__required_keys__))


def _class(provider: object, asynchronous: bool) -> Any:
    """The client class for `provider` (`smskit.<id>` exports its sync class and its `Async` twin), or None."""
    if not isinstance(provider, str) or provider not in PROVIDERS:
        return None
    module = import_module(f"smskit.{provider}")
    (name,) = (n for n in module.__all__ if n.startswith("Async") == asynchronous)
    return getattr(module, name)


@functools.cache
def _secret_names(cls: type) -> frozenset[str]:
    """The constructor's credentials: its `str | Secret` parameters."""
    return frozenset(p.name for p in inspect.signature(cls).parameters.values() if "Secret" in str(p.annotation))


def _guarded(provider: object, asynchronous: bool, options: dict[str, object]) -> dict[str, object]:
    """`options` with every credential a Secret (every str, for a provider smskit does not know): done first,
    so that no frame of a failed construction shows one."""
    cls = _class(provider, asynchronous)
    secrets = None if cls is None else _secret_names(cls)
    return {k: Secret(v) if isinstance(v, str) and (secrets is None or k in secrets) else v for k, v in options.items()}


def _made(provider: object, asynchronous: bool, options: dict[str, object]) -> Any:
    """A client of `provider` from (guarded) `options`, once every option is a name it takes."""
    cls = _class(provider, asynchronous)
    if cls is None:
        shown = repr(provider) if isinstance(provider, str) else f"a {type(provider).__name__}"
        raise InputError("provider", "unknown", f"must be one of {', '.join(PROVIDERS)}; got {shown}")
    known = _option_names(cls)
    for name in options:
        if name not in known:  # the name only: its value may be a credential
            close = difflib.get_close_matches(name, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f" (it takes {', '.join(known)})"
            raise InputError(name, "unknown_option", f"{provider} takes no option {name!r}{hint}")
    return cls(**options)


@overload
def client(provider: Literal["easysendsms"], **options: Unpack[EasySendSMSOptions]) -> EasySendSMS: ...
@overload
def client(provider: Literal["ezzysms"], **options: Unpack[EzzySMSOptions]) -> EzzySMS: ...
@overload
def client(provider: Literal["easify"], **options: Unpack[EasifyOptions]) -> Easify: ...
@overload
def client(provider: Literal["transmitsms"], **options: Unpack[TransmitSMSOptions]) -> TransmitSMS: ...
@overload
def client(provider: Literal["mobyt"], **options: Unpack[MobytOptions]) -> Mobyt: ...
def client(provider: str, **options: object) -> SmsClient:
    """A synchronous client for `provider`, with the options its class takes (`smskit.<Provider>(...)`).

    A type checker knows each provider's options and class; for an id read at run time, type it
    `smskit.ProviderId`. An unknown provider or option raises InputError (with a close match, if any)."""
    options = _guarded(provider, False, options)  # first: no frame of a failed construction shows a credential
    made: SmsClient = _made(provider, False, options)
    return made


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
    """An asynchronous client for `provider` (see `client`)."""
    options = _guarded(provider, True, options)  # first: no frame of a failed construction shows a credential
    made: AsyncSmsClient = _made(provider, True, options)
    return made
