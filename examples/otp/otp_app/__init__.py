"""One-time codes by SMS: send a code to a phone, check what the user typed.

    service = OtpService(smskit.client("easysendsms"), sender="Shop")
    service.send_code("+14155550100")        # "accepted", or "unknown": the gateway may have it
    service.verify("+14155550100", "123456")

Codes are kept hashed, expire after `ttl`, are single-use, and allow `max_attempts` guesses. A send the SMS
gateway refused raises `CodeNotSent`; one whose fate is unknown (the connection dropped after the request left)
is not an error: the code may well arrive, so it stays valid and the user can ask for another.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

import smskit

__all__ = ["CodeNotSent", "OtpService", "from_env"]


class CodeNotSent(Exception):
    """The gateway refused the code's SMS (a number it cannot reach, no credit...): nothing was sent."""


@dataclass
class _Pending:
    digest: bytes
    expires: dt.datetime
    attempts: int = 0


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class OtpService:
    sms: smskit.SmsClient
    sender: str | None = None
    ttl: dt.timedelta = dt.timedelta(minutes=5)
    max_attempts: int = 5
    clock: Callable[[], dt.datetime] = _utcnow
    _pending: dict[str, _Pending] = field(default_factory=dict, repr=False)
    _salt: bytes = field(default_factory=lambda: secrets.token_bytes(16), repr=False)

    def send_code(self, phone: str) -> Literal["accepted", "unknown"]:
        """Text a fresh code to `phone` (any previous one is void)."""
        code = f"{secrets.randbelow(10**6):06d}"
        minutes = int(self.ttl.total_seconds() // 60)
        # max_wait: a code is worth nothing a minute late, so no retry may wait longer than 5 seconds.
        (result,) = self.sms.send(phone, f"Your code is {code}. It expires in {minutes} minutes.", sender=self.sender,
                                  max_wait=5)  # fmt: skip
        if result.status == "rejected":
            raise CodeNotSent(str(result.error))
        self._pending[_key(phone)] = _Pending(self._digest(code), self.clock() + self.ttl)
        return result.status

    def verify(self, phone: str, code: str) -> bool:
        """Whether `code` is the live code last sent to `phone`; a right code works once."""
        pending = self._pending.get(_key(phone))
        if pending is None or self.clock() >= pending.expires or pending.attempts >= self.max_attempts:
            return False
        pending.attempts += 1
        if not hmac.compare_digest(pending.digest, self._digest(code)):
            return False
        del self._pending[_key(phone)]
        return True

    def _digest(self, code: str) -> bytes:
        return hashlib.sha256(self._salt + code.encode()).digest()


def _key(phone: str) -> str:
    """An international number's digits: "+1 415-555-0100" and "+14155550100" are one phone."""
    return "".join(c for c in phone if c.isdigit())


def from_env(sender: str | None = None) -> OtpService:
    """The service on the provider `OTP_SMS_PROVIDER` names (credentials from that provider's own environment
    variables, e.g. EASYSENDSMS_API_KEY), at `OTP_SMS_BASE_URL` when set (a simulator, in tests)."""
    provider = os.environ["OTP_SMS_PROVIDER"]
    if provider not in smskit.PROVIDERS:
        raise ValueError(f"OTP_SMS_PROVIDER: one of {', '.join(smskit.PROVIDERS)}, not {provider!r}")
    base_url = os.environ.get("OTP_SMS_BASE_URL")
    sms = smskit.client(provider) if base_url is None else smskit.client(provider, base_url=base_url)
    return OtpService(sms, sender=sender)
