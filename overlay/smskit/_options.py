"""Each provider's keyword options for `smskit.client()` / `smskit.async_client()`: its constructor's own
parameters beside the options every client takes (`ClientOptions`), so that a type checker catches a misspelt
or mistyped one (`api_kee=`) there as it does on the class. tests/test_typing.py holds each to its constructor."""

from __future__ import annotations

from typing import Literal

from smskit._base import ClientOptions
from smskit._secret import Secret

__all__ = ["EasifyOptions", "EasySendSMSOptions", "EzzySMSOptions", "MobytOptions", "TransmitSMSOptions"]


class EasySendSMSOptions(ClientOptions, total=False):
    api_key: str | Secret | None


class EzzySMSOptions(ClientOptions, total=False):
    username: str | None
    password: str | Secret | None


class EasifyOptions(ClientOptions, total=False):
    token: str | Secret | None
    from_number: str | None
    force_send: bool


class TransmitSMSOptions(ClientOptions, total=False):
    api_key: str | Secret | None
    api_secret: str | Secret | None
    dlr_callback: str | None
    reply_callback: str | None


class MobytOptions(ClientOptions, total=False):
    username: str | None
    password: str | Secret | None
    token: bool
    message_type: Literal["N", "L", "LL"]
