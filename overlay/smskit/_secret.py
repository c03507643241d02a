"""`Secret`: a credential that never shows itself.

Its `repr` and `str` are masked, so a traceback formatted with its frames' locals (as Sentry and other error
trackers do), a log line or a debugger shows no key; `reveal()` hands the value to the auth flow that sends it.
It refuses to be pickled, so it cannot travel to another process or a cache by accident, and compares by value.

    client = smskit.EasySendSMS(api_key=smskit.Secret(os.environ["MY_KEY"]))   # a plain str works as well
"""

from __future__ import annotations

import hmac
import os
from typing import Any, Final, NoReturn

__all__ = ["MASK", "Secret", "from_env", "guard_journal", "required", "secret"]

MASK: Final = "***"


class Secret:
    """A credential: masked in `repr` and `str`, revealed only by `reveal()`, never pickled."""

    __slots__ = ("_value",)

    def __init__(self, value: str | Secret) -> None:
        if isinstance(value, Secret):
            value = value._value
        elif not isinstance(value, str):
            kind = type(value).__name__
            del value  # not even a wrong-typed credential stays in this frame's locals
            raise TypeError(f"a Secret wraps a str, not {kind}")
        self._value: str = value

    def reveal(self) -> str:
        """The credential itself, for the code that sends it."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret({MASK!r})"

    def __str__(self) -> str:
        return MASK

    def __format__(self, spec: str) -> str:
        return format(MASK, spec)

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash((Secret, self._value))

    def __reduce_ex__(self, protocol: Any) -> NoReturn:
        raise TypeError("a Secret cannot be pickled: credentials do not travel to other processes")

    def __copy__(self) -> Secret:
        return self  # immutable

    def __deepcopy__(self, memo: dict[int, Any]) -> Secret:
        return self


def secret(value: str | Secret | None, field: str) -> Secret | None:
    """The credential argument `field` as a Secret (None stays None, an empty str becomes an empty, falsy
    Secret); InputError for anything but a str or a Secret."""
    if value is None or isinstance(value, Secret):
        return value
    if isinstance(value, str):
        return Secret(value)
    kind = type(value).__name__
    del value  # not even a wrong-typed credential stays in this frame's locals

    from smskit._exceptions import InputError  # here: the exceptions module imports this one

    raise InputError(field, "type", f"must be a str or smskit.Secret, not {kind}")


def guard_journal(options: Any) -> Any:
    """`options` (a constructor's or the factory's) with a str `journal=` a Secret: a PostgreSQL URL holds the
    database's password. Done first, as for credentials, so that no frame of a failed construction shows it."""
    journal = options.get("journal")
    return {**options, "journal": Secret(journal)} if isinstance(journal, str) else options


def from_env(name: str) -> Secret | None:
    """The environment variable `name` as a Secret, or None when it is not set."""
    value = os.environ.get(name)
    return None if value is None else Secret(value)


def required(**credentials: tuple[Secret | None, str]) -> list[Secret]:
    """Each credential (`name=(argument, environment variable)`): the argument, else the variable; InputError
    naming the first one found in neither. Pass arguments already made Secrets (`secret`), so that no frame of
    a failed construction shows one."""
    found = [value or from_env(env) for value, env in credentials.values()]
    missing = next((name for name, value in zip(credentials, found, strict=True) if not value), None)
    if missing is not None:
        from smskit._exceptions import InputError  # here: the exceptions module imports this one

        names, envs = " and ".join(f"{n}=" for n in credentials), " / ".join(e for _, e in credentials.values())
        raise InputError(missing, "required", f"pass {names} or set {envs}")
    return [value for value in found if value]
