"""smskit: typed clients for five SMS gateways, driven by their OpenAPI specs.

Per provider a sync and an async client (`EasySendSMS` / `AsyncEasySendSMS`, ...) with every operation of
its spec, plus the common interface every client shares: `send(to, text, sender=None, schedule_at=None)`
returning one `RecipientResult` per recipient, and `balance()` where the provider has one.
"""

from smskit import testing
from smskit._async.common import AsyncSmsClient, async_client
from smskit._async.failover import AsyncFailover, async_failover
from smskit._base import DEFAULT_CONCURRENCY, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from smskit._exceptions import (
    APIError,
    AuthenticationError,
    BlacklistedError,
    ClosedError,
    ConflictError,
    ConnectError,
    InputError,
    InsecureURLError,
    InsufficientCreditError,
    InvalidMessageError,
    InvalidRecipientError,
    InvalidRequestError,
    InvalidSenderError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    ProviderInternalError,
    RateLimitedError,
    SendError,
    SmsKitError,
    TimeoutError,
    TransportError,
    UnavailableError,
    UnexpectedResponseError,
    UnsupportedOperation,
)
from smskit._results import Balance, DeliveryState, RecipientResult, SendResults
from smskit._secret import Secret
from smskit._spec import PROVIDERS, ProviderId, load_spec, spec_path
from smskit._sync.common import SmsClient, client
from smskit._sync.failover import Failover, failover
from smskit.easify import AsyncEasify, Easify
from smskit.easysendsms import AsyncEasySendSMS, EasySendSMS
from smskit.ezzysms import AsyncEzzySMS, EzzySMS
from smskit.mobyt import AsyncMobyt, Mobyt
from smskit.text import TextPreview, preview
from smskit.transmitsms import AsyncTransmitSMS, TransmitSMS

__all__ = [
    "DEFAULT_CONCURRENCY",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "PROVIDERS",
    "APIError",
    "AsyncEasify",
    "AsyncEasySendSMS",
    "AsyncEzzySMS",
    "AsyncFailover",
    "AsyncMobyt",
    "AsyncSmsClient",
    "AsyncTransmitSMS",
    "AuthenticationError",
    "Balance",
    "BlacklistedError",
    "ClosedError",
    "ConflictError",
    "ConnectError",
    "DeliveryState",
    "Easify",
    "EasySendSMS",
    "EzzySMS",
    "Failover",
    "InputError",
    "InsecureURLError",
    "InsufficientCreditError",
    "InvalidMessageError",
    "InvalidRecipientError",
    "InvalidRequestError",
    "InvalidSenderError",
    "Mobyt",
    "NotFoundError",
    "OutcomeUnknownError",
    "PermissionDeniedError",
    "ProviderId",
    "ProviderInternalError",
    "RateLimitedError",
    "RecipientResult",
    "Secret",
    "SendError",
    "SendResults",
    "SmsClient",
    "SmsKitError",
    "TextPreview",
    "TimeoutError",
    "TransmitSMS",
    "TransportError",
    "UnavailableError",
    "UnexpectedResponseError",
    "UnsupportedOperation",
    "__version__",
    "async_client",
    "async_failover",
    "client",
    "failover",
    "load_spec",
    "preview",
    "spec_path",
    "testing",
]

__version__ = "0.1.0"
"""This release of smskit (see CHANGELOG.md)."""
