"""EzzySMS messaging API: `EzzySMS` and `AsyncEzzySMS`.

Auth is HTTP Basic with the account's username and password (arguments, or `EZZYSMS_USERNAME` /
`EZZYSMS_PASSWORD`); smskit never puts them in the body or the URL. One recipient per request (see the spec's
`x-smskit-batch` reading): the answer names a single `to` and its errors name no recipient. The API has no
scheduling and returns no message id.
"""

from __future__ import annotations

from types import ModuleType
from typing import ClassVar, Unpack

import ezzysms_client
from ezzysms_client.api import AsyncOperations, Operations, get_balance_request, send_message_request
from ezzysms_client.models.send_message_request import SendMessageRequest
from ezzysms_client.models.send_message_response import SendMessageResponse
from ezzysms_client.types import UNSET
from smskit._async.client import AsyncClientBase
from smskit._auth import spec_auth
from smskit._base import Batch, ClientOptions, Flow, SendFlow, _Common
from smskit._results import Balance, RecipientResult
from smskit._secret import Secret, guard_journal, required, secret
from smskit._sync.client import ClientBase

__all__ = ["AsyncEzzySMS", "EzzySMS"]


class _EzzySMS(_Common):
    provider = "ezzysms"
    _package: ClassVar[ModuleType] = ezzysms_client
    _send_operation = "sendMessage"
    supports_scheduling = False

    def __init__(
        self, username: str | None = None, password: str | Secret | None = None, **options: Unpack[ClientOptions]
    ) -> None:
        password = secret(password, "password")  # first: no frame of a failed construction shows the password
        options = guard_journal(options)  # a journal URL's password too
        credentials = required(username=(secret(username, "username"), "EZZYSMS_USERNAME"),
                               password=(password, "EZZYSMS_PASSWORD"))  # fmt: skip
        super().__init__(auth=spec_auth(self.provider, *credentials), **options)

    @staticmethod
    def _request(batch: Batch) -> SendMessageRequest:
        return SendMessageRequest(
            to=",".join(n.e164 for n in batch.numbers),
            message=batch.text,
            from_=batch.sender if batch.sender is not None else UNSET,
        )

    @staticmethod
    def _results(batch: Batch, answer: SendMessageResponse) -> list[RecipientResult]:
        # A 2xx answer accepts the whole request (one recipient); EzzySMS returns no message id, but its cost.
        cost = answer.cost if isinstance(answer.cost, int | float) else None
        return [RecipientResult(n.e164, "accepted", number=n.e164, cost=cost) for n in batch.numbers]

    def _send_flow(self, batch: Batch) -> SendFlow:
        answer = yield send_message_request(self._request(batch))
        return self._results(batch, answer)

    def _balance_flow(self) -> Flow[Balance]:
        answer = yield get_balance_request()
        return Balance(float(answer.balance))


class EzzySMS(_EzzySMS, ClientBase, Operations):
    """EzzySMS, synchronous: `send()`, `balance()` and every operation of the spec."""


class AsyncEzzySMS(_EzzySMS, AsyncClientBase, AsyncOperations):
    """EzzySMS, asynchronous: the same surface as `EzzySMS`, awaited."""
