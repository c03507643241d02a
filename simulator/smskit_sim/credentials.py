"""Credentials shaped like each provider's own, for the demo accounts, new accounts and caller-chosen ones.

A client written against the real gateway may check a key's shape before it sends anything (a TransmitSMS
client that wants 32 hex digits refuses `demo-transmitsms-key`), so every credential the simulator hands out
has the shape the provider's own have, and one a caller chooses through `POST /_sim/accounts` must have it too.
The shapes, and where each comes from:

- EasySendSMS `api_key`: 32 lowercase letters and digits (the dashboard's keys as public client code holds them).
- EzzySMS `username` / `password`: the account's own login (the document: "the same username and password you
  use to login"); no published rule, so: a username of 3-64 letters, digits and `_ . @ -` starting with a letter
  or digit (no `:`, which HTTP Basic cannot carry in a username), a password of 8-128 characters without
  control characters.
- Easify `token`: Laravel Sanctum's `<token id>|<secret>`, the secret a UUID as in the document's own sample
  (`1955|43da5bb5-5c2b-4059-a4de-d44bf5****`); `from_numbers`: 1-10 numbers in E.164 of the countries Easify
  serves (+1, +44, +972), no number on two accounts.
- TransmitSMS `api_key`: 32 hexadecimal digits (what the dashboard shows and third-party clients check);
  `api_secret`: chosen by the user in the account settings (the document), so 1-255 characters without control
  characters.
- Mobyt `username` / `password`: the panel login, the same rules as EzzySMS's; `user_key`: what `/login` and
  `/token` answer before the `;`. No document or client shows one (clients only split the answer on `;`):
  the reading is a fixed per-account key of 24 letters and digits. Session keys and access tokens are minted
  at each login.

A unique field (every one above but the passwords and the TransmitSMS secret) names one account per provider:
a caller-chosen value already taken is refused.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

__all__ = ["SHAPES", "CredentialError", "check", "demo", "mint"]

_ALNUM = "0123456789abcdefghijklmnopqrstuvwxyz"
_ALNUM_MIXED = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


class CredentialError(ValueError):
    """A caller-chosen credential that breaks its provider's shape or is taken; the message names the field."""

    def __init__(self, field: str, message: str, status: int = 400) -> None:
        super().__init__(f"`credentials.{field}`: {message}")
        self.field, self.status = field, status


def _digest(seed: str) -> int:
    return int.from_bytes(hashlib.sha256(seed.encode()).digest(), "big")


def _chars(seed: str, alphabet: str, length: int) -> str:
    """`length` characters of `alphabet` that look random but follow from `seed` (reproducible runs)."""
    number, out = _digest(seed), []
    for _ in range(length):
        number, index = divmod(number, len(alphabet))
        out.append(alphabet[index])
        if number < len(alphabet):
            number = _digest(f"{seed}:{len(out)}")
    return "".join(out)


def _hex(seed: str, length: int = 32) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:length]


def _uuid4(seed: str) -> str:
    return str(uuid.UUID(bytes=hashlib.sha256(seed.encode()).digest()[:16], version=4))


@dataclass(frozen=True)
class Field:
    name: str
    pattern: re.Pattern[str]
    rule: str  # the shape in words, for the refusal
    unique: bool
    mint: Callable[[str], str]  # a value from a seed


_USERNAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.@-]{2,63}")
_USERNAME_RULE = "3 to 64 letters, digits and _ . @ -, starting with a letter or digit"
_PASSWORD = re.compile(r"[^\x00-\x1f\x7f]{8,128}")
_PASSWORD_RULE = "8 to 128 characters without control characters"
_SECRET = re.compile(r"[^\x00-\x1f\x7f]{1,255}")
_E164_EASIFY = re.compile(r"\+(1[2-9]\d{9}|44\d{9,10}|972\d{8,9})")


def _username(prefix: str) -> Callable[[str], str]:
    return lambda seed: f"{prefix}{_chars(seed, '0123456789', 6)}"


def _password(seed: str) -> str:
    return _chars(seed, _ALNUM_MIXED, 12) + "-" + _chars(seed + "!", _ALNUM_MIXED, 6)


SHAPES: dict[str, tuple[Field, ...]] = {
    "easysendsms": (
        Field("api_key", re.compile(r"[a-z0-9]{32}"), "32 lowercase letters and digits", True,
              lambda seed: _chars(seed, _ALNUM, 32)),
    ),
    "ezzysms": (
        Field("username", _USERNAME, _USERNAME_RULE, True, _username("user")),
        Field("password", _PASSWORD, _PASSWORD_RULE, False, _password),
    ),
    "easify": (
        Field("token", re.compile(r"[1-9]\d{0,9}\|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"),
              "a Sanctum token, <id>|<uuid> such as 1955|43da5bb5-5c2b-4059-a4de-d44bf5a1c2e3", True,
              lambda seed: f"{1000 + _digest(seed) % 9000}|{_uuid4(seed)}"),
    ),
    "transmitsms": (
        Field("api_key", re.compile(r"[0-9a-f]{32}"), "32 hexadecimal digits (lowercase)", True, _hex),
        Field("api_secret", _SECRET, "1 to 255 characters without control characters", False,
              lambda seed: _chars(seed, _ALNUM_MIXED, 16)),
    ),
    "mobyt": (
        Field("username", _USERNAME, _USERNAME_RULE, True, _username("mobyt")),
        Field("password", _PASSWORD, _PASSWORD_RULE, False, _password),
        Field("user_key", re.compile(r"[A-Za-z0-9]{24}"), "24 letters and digits", True,
              lambda seed: _chars(seed, _ALNUM_MIXED, 24)),
    ),
}  # fmt: skip

# The demo accounts: fixed (the README lists them), shaped like the rest; passwords and secrets stay readable.
DEMO: dict[str, dict[str, Any]] = {
    "easysendsms": {"api_key": "demo" + _chars("demo:easysendsms", _ALNUM, 28)},
    "ezzysms": {"username": "demo-ezzysms", "password": "demo-ezzysms-password"},
    "easify": {"token": "1000|" + _uuid4("demo:easify"), "from_numbers": ["+13205550100"]},
    "transmitsms": {"api_key": _hex("demo:transmitsms"), "api_secret": "demo-transmitsms-secret"},
    "mobyt": {"username": "demo-mobyt", "password": "demo-mobyt-password",
              "user_key": "demo" + _chars("demo:mobyt", _ALNUM_MIXED, 20)},
}  # fmt: skip


def demo(provider: str) -> dict[str, Any]:
    """A fresh copy of the demo account's credentials."""
    return {key: list(value) if isinstance(value, list) else value for key, value in DEMO[provider].items()}


def mint(provider: str, serial: int) -> dict[str, Any]:
    """New credentials for account number `serial`: random-looking, reproducible, each of the provider's shape."""
    found: dict[str, Any] = {f.name: f.mint(f"{provider}:{serial}:{f.name}") for f in SHAPES[provider]}
    if provider == "easify":
        found["from_numbers"] = [f"+1320555{serial % 10_000:04d}"]
    return found


def check(provider: str, given: Any, taken: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Caller-chosen credentials, validated: each field of the provider's shape (an unknown field or a malformed
    one is a CredentialError naming it), none of its unique values already held by `taken` (409). Fields left
    out are minted later (`complete`)."""
    if not isinstance(given, dict):
        raise CredentialError("", "an object of the provider's credential fields")
    fields = {f.name: f for f in SHAPES[provider]}
    names = [*fields, *(["from_numbers"] if provider == "easify" else [])]
    taken = list(taken)
    for key, value in given.items():
        if key not in names:
            raise CredentialError(key, f"not a credential of {provider}, whose credentials are {', '.join(names)}")
        if key == "from_numbers":
            _check_numbers(value, taken)
            continue
        field = fields[key]
        if not isinstance(value, str) or field.pattern.fullmatch(value) is None:
            raise CredentialError(key, f"must be {field.rule}")
        if field.unique and any(t.get(key) == value for t in taken):
            raise CredentialError(key, f"already taken by another {provider} account", 409)
    return dict(given)


def _check_numbers(value: Any, taken: list[dict[str, Any]]) -> None:
    if not isinstance(value, list) or not 1 <= len(value) <= 10:
        raise CredentialError("from_numbers", "must be a list of 1 to 10 numbers")
    for index, number in enumerate(value):
        if not isinstance(number, str) or _E164_EASIFY.fullmatch(number) is None:
            raise CredentialError(f"from_numbers[{index}]", "must be an E.164 number of +1, +44 or +972")
    if len(set(value)) != len(value):
        raise CredentialError("from_numbers", "holds a number twice")
    held = {n for t in taken for n in t.get("from_numbers", [])}
    for index, number in enumerate(value):
        if number in held:
            raise CredentialError(f"from_numbers[{index}]", "already taken by another easify account", 409)


def clashes(provider: str, candidate: dict[str, Any], taken: Iterable[dict[str, Any]]) -> bool:
    """Whether a minted candidate shares a unique value with an existing account."""
    taken = list(taken)
    unique = [f.name for f in SHAPES[provider] if f.unique]
    if any(candidate.get(name) == t.get(name) for name in unique for t in taken):
        return True
    held = {n for t in taken for n in t.get("from_numbers", [])}
    return any(n in held for n in candidate.get("from_numbers", []))
