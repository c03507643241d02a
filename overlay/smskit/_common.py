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
from typing import Any, Final, Protocol, runtime_checkable

from smskit._base import ClientOptions
from smskit._exceptions import InputError
from smskit._results import Balance, RecipientResult
from smskit._secret import Secret
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


@functools.cache
def _option_names(cls: type) -> tuple[str, ...]:
    """The keyword options `cls` takes: its own parameters and the options every client takes."""
    named = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    own = [name for name, p in inspect.signature(cls).parameters.items() if p.kind in named]
    return (*own, *sorted(ClientOptions.__optional_keys__ | ClientOptions.__required_keys__))


def _class(provider: object, index: int, options: dict[str, Any]) -> Any:
    """The client class for `provider`, once `options` are all names it takes (InputError otherwise)."""
    if not isinstance(provider, str) or provider not in _CLASSES:
        shown = repr(provider) if isinstance(provider, str) else f"a {type(provider).__name__}"
        raise InputError("provider", "unknown", f"must be one of {', '.join(_CLASSES)}; got {shown}")
    module, *names = _CLASSES[provider]
    cls = getattr(import_module(module), names[index])
    known = _option_names(cls)
    for name in options:
        if name not in known:  # the name only: its value may be a credential
            close = difflib.get_close_matches(name, known, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else f" (it takes {', '.join(known)})"
            raise InputError(name, "unknown_option", f"{provider} takes no option {name!r}{hint}")
    return cls


# Each provider's credential options: the factory makes them Secrets before anything can raise (Mobyt's
# `token` is a switch, not a credential).
_SECRET_OPTIONS: Final = {"easysendsms": ("api_key",), "ezzysms": ("password",), "easify": ("token",),
                          "transmitsms": ("api_key", "api_secret"), "mobyt": ("password",)}  # fmt: skip


def _secret_credentials(provider: object, options: dict[str, Any]) -> dict[str, Any]:
    names = _SECRET_OPTIONS.get(provider, ()) if isinstance(provider, str) else ()
    return {k: Secret(v) if k in names and isinstance(v, str) else v for k, v in options.items()}


def client(provider: str, **options: object) -> SmsClient:
    """A synchronous client for `provider` (credentials and options as that class takes them)."""
    options = _secret_credentials(provider, options)  # first: no frame of a failed construction shows one
    made: SmsClient = _class(provider, 0, options)(**options)
    return made


def async_client(provider: str, **options: object) -> AsyncSmsClient:
    """An asynchronous client for `provider`."""
    options = _secret_credentials(provider, options)  # first: no frame of a failed construction shows one
    made: AsyncSmsClient = _class(provider, 1, options)(**options)
    return made
