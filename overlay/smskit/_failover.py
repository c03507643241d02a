"""Which refusals let a recipient go to the next provider of a failover: the judgement, free of I/O.

A recipient moves on only when this provider provably did not send it (`rejected`) and the reason is about the
provider, not the recipient: no connection, the account there (credentials, permission, credit), its limits,
its outage, the sender it refused, or a number it cannot reach (`unroutable` in its spec; a country it does not
serve, refused before any request). Never an `unknown` one (it may have been sent), never a number called
invalid or blacklisted (providers lump opted-out numbers in with those: texting someone who opted out through
another provider is worse than not texting), never a text refused.
"""

from __future__ import annotations

from typing import Final

from smskit._exceptions import (
    APIError,
    AuthenticationError,
    ConnectError,
    InputError,
    InsufficientCreditError,
    InvalidRecipientError,
    InvalidSenderError,
    PermissionDeniedError,
    ProviderInternalError,
    RateLimitedError,
    UnavailableError,
)
from smskit._results import RecipientResult
from smskit._spec import PROVIDERS, provider_spec

__all__ = ["may_go_elsewhere"]

_ABOUT_THE_PROVIDER: Final = (
    ConnectError,
    AuthenticationError,
    PermissionDeniedError,
    InsufficientCreditError,
    RateLimitedError,
    UnavailableError,
    ProviderInternalError,
    InvalidSenderError,
)
# Local refusals that are about this provider: Easify serves three country codes only.
_LOCAL_RULES: Final = frozenset({"country_code"})


def _unroutable(error: APIError) -> bool:
    """The provider's spec calls this code `unroutable`: about its reach, not about the number."""
    if error.provider not in PROVIDERS or error.operation is None:
        return False
    op = provider_spec(error.provider).operations.get(error.operation)
    entry = op.error(error.code) if op is not None else None
    return entry is not None and entry.kind == "unroutable"


def may_go_elsewhere(result: RecipientResult) -> bool:
    """Whether another provider may be given this recipient (see the module's rule)."""
    if result.status != "rejected":
        return False
    error = result.error
    if isinstance(error, InputError):
        return error.rule in _LOCAL_RULES
    if isinstance(error, InvalidRecipientError):
        return _unroutable(error)
    return isinstance(error, _ABOUT_THE_PROVIDER)
