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
    from ..models.hlr_query_response import HlrQueryResponse
    from ..models.number_query_request import NumberQueryRequest
    from ..models.number_validation_response import NumberValidationResponse
    from ..models.send_sms_request import SendSmsRequest
    from ..models.send_sms_response import SendSmsResponse

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


def send_sms_request(
    body: SendSmsRequest,
) -> Request[SendSmsResponse]:
    """POST /v1/rest/sms/send: the request, not sent."""
    from .sms import send_sms as endpoint

    def parse(response: httpx.Response) -> SendSmsResponse:
        _success(response)
        return cast("SendSmsResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/v1/rest/sms/send", kwargs, parse)


def get_balance_request() -> Request[BalanceResponse]:
    """GET /v1/rest/sms/balance: the request, not sent."""
    from .account import get_balance as endpoint

    def parse(response: httpx.Response) -> BalanceResponse:
        _success(response)
        return cast("BalanceResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs()
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/v1/rest/sms/balance", kwargs, parse)


def get_balance_by_post_request() -> Request[BalanceResponse]:
    """POST /v1/rest/sms/balance: the request, not sent."""
    from .account import get_balance_by_post as endpoint

    def parse(response: httpx.Response) -> BalanceResponse:
        _success(response)
        return cast("BalanceResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs()
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/v1/rest/sms/balance", kwargs, parse)


def hlr_query_request(
    body: NumberQueryRequest,
) -> Request[HlrQueryResponse]:
    """POST /v1/rest/hlr/query: the request, not sent."""
    from .lookup import hlr_query as endpoint

    def parse(response: httpx.Response) -> HlrQueryResponse:
        _success(response)
        return cast("HlrQueryResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/v1/rest/hlr/query", kwargs, parse)


def validate_numbers_request(
    body: NumberQueryRequest,
) -> Request[NumberValidationResponse]:
    """POST /v1/rest/nv/query: the request, not sent."""
    from .lookup import validate_numbers as endpoint

    def parse(response: httpx.Response) -> NumberValidationResponse:
        _success(response)
        return cast("NumberValidationResponse", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/v1/rest/nv/query", kwargs, parse)


class Operations:
    """Every operation as a method; `_send` sends the request (a client supplies it)."""

    def _send(self, request: Request[T]) -> T:
        raise NotImplementedError

    def send_sms(
        self,
        body: SendSmsRequest,
    ) -> SendSmsResponse:
        """Submit a text message to one or more recipients"""
        return self._send(
            send_sms_request(
                body=body,
            )
        )

    def get_balance(
        self,
    ) -> BalanceResponse:
        """Read the account's SMS credit balance"""
        return self._send(get_balance_request())

    def get_balance_by_post(
        self,
    ) -> BalanceResponse:
        """Read the credit balance using POST with an empty body"""
        return self._send(get_balance_by_post_request())

    def hlr_query(
        self,
        body: NumberQueryRequest,
    ) -> HlrQueryResponse:
        """Look up the live network status of one or more numbers (HLR)"""
        return self._send(
            hlr_query_request(
                body=body,
            )
        )

    def validate_numbers(
        self,
        body: NumberQueryRequest,
    ) -> NumberValidationResponse:
        """Check whether one or more numbers are valid (number validation)"""
        return self._send(
            validate_numbers_request(
                body=body,
            )
        )


class AsyncOperations:
    """Every operation as a coroutine method; `_send` sends the request (a client supplies it)."""

    async def _send(self, request: Request[T]) -> T:
        raise NotImplementedError

    async def send_sms(
        self,
        body: SendSmsRequest,
    ) -> SendSmsResponse:
        """Submit a text message to one or more recipients"""
        return await self._send(
            send_sms_request(
                body=body,
            )
        )

    async def get_balance(
        self,
    ) -> BalanceResponse:
        """Read the account's SMS credit balance"""
        return await self._send(get_balance_request())

    async def get_balance_by_post(
        self,
    ) -> BalanceResponse:
        """Read the credit balance using POST with an empty body"""
        return await self._send(get_balance_by_post_request())

    async def hlr_query(
        self,
        body: NumberQueryRequest,
    ) -> HlrQueryResponse:
        """Look up the live network status of one or more numbers (HLR)"""
        return await self._send(
            hlr_query_request(
                body=body,
            )
        )

    async def validate_numbers(
        self,
        body: NumberQueryRequest,
    ) -> NumberValidationResponse:
        """Check whether one or more numbers are valid (number validation)"""
        return await self._send(
            validate_numbers_request(
                body=body,
            )
        )


__all__ = [
    "AsyncOperations",
    "Operations",
    "Request",
    "get_balance_by_post_request",
    "get_balance_request",
    "hlr_query_request",
    "send_sms_request",
    "validate_numbers_request",
]
