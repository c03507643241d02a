"""The factory's checks, shared by its two halves (`smskit._async.common` and the `_sync` one made from it):
which class a provider id names, which options it takes, and which of them are credentials.
"""

from __future__ import annotations

import difflib
import functools
import inspect
from importlib import import_module
from typing import Any

from smskit._base import ClientOptions
from smskit._exceptions import InputError
from smskit._secret import Secret
from smskit._spec import PROVIDERS

__all__ = ["guarded", "made"]


@functools.cache
def _option_names(cls: type) -> tuple[str, ...]:
    """The keyword options `cls` takes: its own parameters and the options every client takes."""
    named = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    own = [name for name, p in inspect.signature(cls).parameters.items() if p.kind in named]
    return (*own, *sorted(ClientOptions.__optional_keys__ | ClientOptions.__required_keys__))


def _class(provider: object, interface: type) -> Any:
    """The client class of `provider` that has `interface` (`smskit.<id>` exports its sync class and its `Async`
    twin, as the two interfaces are `SmsClient` and `AsyncSmsClient`), or None."""
    if not isinstance(provider, str) or provider not in PROVIDERS:
        return None
    module = import_module(f"smskit.{provider}")
    asynchronous = interface.__name__.startswith("Async")
    (name,) = (n for n in module.__all__ if n.startswith("Async") == asynchronous)
    return getattr(module, name)


@functools.cache
def _secret_names(cls: type) -> frozenset[str]:
    """The constructor's credentials: its `str | Secret` parameters."""
    return frozenset(p.name for p in inspect.signature(cls).parameters.values() if "Secret" in str(p.annotation))


def guarded(provider: object, interface: type, options: dict[str, object]) -> dict[str, object]:
    """`options` with every credential a Secret (every str, for a provider smskit does not know), and a journal
    URL (it holds a password): done first, so that no frame of a failed construction shows one."""
    cls = _class(provider, interface)
    hidden = None if cls is None else _secret_names(cls) | {"journal"}
    return {k: Secret(v) if isinstance(v, str) and (hidden is None or k in hidden) else v for k, v in options.items()}


def made(provider: object, interface: type, options: dict[str, object]) -> Any:
    """A client of `provider` from (guarded) `options`, once every option is a name it takes."""
    cls = _class(provider, interface)
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
