"""smskit: typed clients for five SMS gateways, driven by their OpenAPI specs.

Per provider a sync and an async client (`EasySendSMS` / `AsyncEasySendSMS`, ...) with every operation of
its spec, plus the common interface every client shares: `send(to, text, sender=None, schedule_at=None)`
returning one `RecipientResult` per recipient, and `balance()` where the provider has one.
"""

from smskit import _exceptions, testing
from smskit._async.failover import AsyncFailover, async_failover
from smskit._base import DEFAULT_CONCURRENCY, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from smskit._common import AsyncSmsClient, SmsClient, async_client, client
from smskit._exceptions import *  # noqa: F403  (the exception tree, named once: in its own __all__)
from smskit._results import Balance, DeliveryState, RecipientResult, SendResults
from smskit._secret import Secret
from smskit._spec import PROVIDERS, ProviderId, load_spec, spec_path
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
    "AsyncEasify",
    "AsyncEasySendSMS",
    "AsyncEzzySMS",
    "AsyncFailover",
    "AsyncMobyt",
    "AsyncSmsClient",
    "AsyncTransmitSMS",
    "Balance",
    "DeliveryState",
    "Easify",
    "EasySendSMS",
    "EzzySMS",
    "Failover",
    "Mobyt",
    "ProviderId",
    "RecipientResult",
    "Secret",
    "SendResults",
    "SmsClient",
    "TextPreview",
    "TransmitSMS",
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
__all__ += _exceptions.__all__

__version__ = "0.1.0"
"""This release of smskit (see CHANGELOG.md)."""
