"""Every operation of this API as a typed request and as client methods (generated, smskit's template)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar, cast

import httpx

from .. import errors
from ..client import Client
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_response import BalanceResponse
    from ..models.error_response import ErrorResponse
    from ..models.send_message_request import SendMessageRequest
    from ..models.send_message_response import SendMessageResponse

T = TypeVar("T")

# `raise_on_unexpected_status`: a 2xx status the spec does not list is an error, never an empty success.
_STRICT = Client(base_url="", raise_on_unexpected_status=True)


class Request(NamedTuple, Generic[T]):
    """One operation's request, built and not sent."""

    method: str  # the spec's method and path template: which operation this is
    path: str
    kwargs: dict[str, Any]  # the httpx request arguments: method, url, params, json / data / files, headers
    parse: Callable[[httpx.Response], T]  # the spec's model of a 2xx answer


def _success(response: httpx.Response) -> None:
    if not 200 <= response.status_code < 300:
        raise errors.UnexpectedStatus(response.status_code, response.content)


def send_message_request(
    body: SendMessageRequest,
) -> Request[SendMessageResponse]:
    """POST /messaging/: the request, not sent."""
    from .messaging import send_message as endpoint

    def parse(response: httpx.Response) -> SendMessageResponse:
        _success(response)
        return cast("SendMessageResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/messaging/", kwargs, parse)


def send_message_by_query_request(
    *,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    message: str,
    to: str,
    from_: str | Unset = UNSET,
) -> Request[SendMessageResponse]:
    """GET /messaging: the request, not sent."""
    from .messaging import send_message_by_query as endpoint

    def parse(response: httpx.Response) -> SendMessageResponse:
        _success(response)
        return cast("SendMessageResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        username=username,
        password=password,
        message=message,
        to=to,
        from_=from_,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/messaging", kwargs, parse)


def get_balance_request(
    *,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> Request[BalanceResponse]:
    """GET /balance: the request, not sent."""
    from .account import get_balance as endpoint

    def parse(response: httpx.Response) -> BalanceResponse:
        _success(response)
        return cast("BalanceResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        username=username,
        password=password,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/balance", kwargs, parse)


class Operations:
    """Every operation as a method; `_send` sends the request (a client supplies it)."""

    def _send(self, request: Request[T]) -> T:
        raise NotImplementedError

    def send_message(
        self,
        body: SendMessageRequest,
    ) -> SendMessageResponse:
        """Send an SMS with a JSON body"""
        return self._send(
            send_message_request(
                body=body,
            )
        )

    def send_message_by_query(
        self,
        *,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        message: str,
        to: str,
        from_: str | Unset = UNSET,
    ) -> SendMessageResponse:
        """Send an SMS with query-string parameters"""
        return self._send(
            send_message_by_query_request(
                username=username,
                password=password,
                message=message,
                to=to,
                from_=from_,
            )
        )

    def get_balance(
        self,
        *,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
    ) -> BalanceResponse:
        """Read the account balance"""
        return self._send(
            get_balance_request(
                username=username,
                password=password,
            )
        )


class AsyncOperations:
    """Every operation as a coroutine method; `_send` sends the request (a client supplies it)."""

    async def _send(self, request: Request[T]) -> T:
        raise NotImplementedError

    async def send_message(
        self,
        body: SendMessageRequest,
    ) -> SendMessageResponse:
        """Send an SMS with a JSON body"""
        return await self._send(
            send_message_request(
                body=body,
            )
        )

    async def send_message_by_query(
        self,
        *,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        message: str,
        to: str,
        from_: str | Unset = UNSET,
    ) -> SendMessageResponse:
        """Send an SMS with query-string parameters"""
        return await self._send(
            send_message_by_query_request(
                username=username,
                password=password,
                message=message,
                to=to,
                from_=from_,
            )
        )

    async def get_balance(
        self,
        *,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
    ) -> BalanceResponse:
        """Read the account balance"""
        return await self._send(
            get_balance_request(
                username=username,
                password=password,
            )
        )


__all__ = [
    "AsyncOperations",
    "Operations",
    "Request",
    "get_balance_request",
    "send_message_by_query_request",
    "send_message_request",
]
