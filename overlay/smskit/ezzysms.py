"""EzzySMS messaging API: `EzzySMS` and `AsyncEzzySMS`.

Auth is HTTP Basic with the account's username and password (arguments, or `EZZYSMS_USERNAME` /
`EZZYSMS_PASSWORD`); smskit never puts them in the body or the URL. One recipient per request (see the spec's
`x-smskit-batch` reading): the answer names a single `to` and its errors name no recipient. The API has no
scheduling and returns no message id.
"""

from __future__ import annotations

import os
from types import ModuleType
from typing import ClassVar, Unpack

import ezzysms_client
from ezzysms_client.api.account import get_balance
from ezzysms_client.api.messaging import send_message, send_message_by_query
from ezzysms_client.models import BalanceResponse, SendMessageRequest, SendMessageResponse
from ezzysms_client.types import UNSET
from smskit._auth import Basic
from smskit._base import (
    AsyncClientBase,
    AsyncClientOptions,
    Batch,
    Call,
    ClientBase,
    ClientOptions,
    SendFlow,
    _Common,
)
from smskit._exceptions import InputError
from smskit._results import Balance, RecipientResult
from smskit._secret import Secret, from_env, secret

__all__ = ["AsyncEzzySMS", "EzzySMS"]


def _auth(username: str | None, password: Secret | None) -> Basic:
    user = username or os.environ.get("EZZYSMS_USERNAME")
    pw = password or from_env("EZZYSMS_PASSWORD")
    if not user or not pw:
        raise InputError("username", "required", "pass username= and password= or set EZZYSMS_USERNAME / _PASSWORD")
    return Basic(user, pw)


class _EzzySMS(_Common):
    provider = "ezzysms"
    _package: ClassVar[ModuleType] = ezzysms_client
    _send_operation = "sendMessage"
    supports_scheduling = False

    @staticmethod
    def _request(batch: Batch) -> SendMessageRequest:
        return SendMessageRequest(
            to=",".join(n.e164 for n in batch.numbers),
            message=batch.text,
            from_=batch.sender if batch.sender is not None else UNSET,
        )

    @staticmethod
    def _results(batch: Batch, answer: SendMessageResponse) -> list[RecipientResult]:
        # A 2xx answer accepts the whole request (one recipient); EzzySMS returns no message id.
        return [RecipientResult(n.e164, "accepted", number=n.e164) for n in batch.numbers]

    def _send_flow(self, batch: Batch) -> SendFlow:
        answer = yield Call("sendMessage", send_message, {"body": self._request(batch)})
        return self._results(batch, answer)


class EzzySMS(_EzzySMS, ClientBase):
    """EzzySMS, synchronous."""

    def __init__(
        self,
        username: str | None = None,
        password: str | Secret | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        password = secret(password, "password")  # first: no frame of a failed construction shows the password
        super().__init__(auth=_auth(username, password), **options)

    def send_message(self, body: SendMessageRequest) -> SendMessageResponse:
        """POST /messaging with a JSON body, as is."""
        answer: SendMessageResponse = self._call("sendMessage", send_message, body=body)
        return answer

    def send_message_by_query(self, to: str, message: str, from_: str | None = None) -> SendMessageResponse:
        """GET /messaging: the same send with everything in the query string (the text ends up in URL logs)."""
        answer: SendMessageResponse = self._call("sendMessageByQuery", send_message_by_query, to=to, message=message,
                                                 from_=UNSET if from_ is None else from_)  # fmt: skip
        return answer

    def get_balance(self) -> BalanceResponse:
        answer: BalanceResponse = self._call("getBalance", get_balance)
        return answer

    def balance(self) -> Balance:
        return Balance(float(self.get_balance().balance))


class AsyncEzzySMS(_EzzySMS, AsyncClientBase):
    """EzzySMS, asynchronous: the same surface as `EzzySMS`, awaited."""

    def __init__(
        self,
        username: str | None = None,
        password: str | Secret | None = None,
        **options: Unpack[AsyncClientOptions],
    ) -> None:
        password = secret(password, "password")  # first: no frame of a failed construction shows the password
        super().__init__(auth=_auth(username, password), **options)

    async def send_message(self, body: SendMessageRequest) -> SendMessageResponse:
        answer: SendMessageResponse = await self._call("sendMessage", send_message, body=body)
        return answer

    async def send_message_by_query(self, to: str, message: str, from_: str | None = None) -> SendMessageResponse:
        sender = UNSET if from_ is None else from_
        answer: SendMessageResponse = await self._call(
            "sendMessageByQuery", send_message_by_query, to=to, message=message, from_=sender
        )
        return answer

    async def get_balance(self) -> BalanceResponse:
        answer: BalanceResponse = await self._call("getBalance", get_balance)
        return answer

    async def balance(self) -> Balance:
        return Balance(float((await self.get_balance()).balance))
