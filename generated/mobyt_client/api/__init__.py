"""Every operation of this API as a typed request and as client methods (generated, smskit's template)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar, cast

import httpx

from .. import errors
from ..client import Client
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.blacklist_page import BlacklistPage
    from ..models.error_result import ErrorResult
    from ..models.result_answer import ResultAnswer
    from ..models.send_parametric_sms_request import SendParametricSmsRequest
    from ..models.send_sms_request import SendSmsRequest
    from ..models.send_sms_result import SendSmsResult
    from ..models.send_sms_to_groups_request import SendSmsToGroupsRequest
    from ..models.sms_history_page import SmsHistoryPage
    from ..models.sms_state import SmsState
    from ..models.user_status import UserStatus

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


def login_request(
    *,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> Request[str]:
    """GET /login: the request, not sent."""
    from .auth import login as endpoint

    def parse(response: httpx.Response) -> str:
        _success(response)
        return cast("str", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        username=username,
        password=password,
    )
    return Request("GET", "/login", kwargs, parse)


def create_token_request(
    *,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> Request[str]:
    """GET /token: the request, not sent."""
    from .auth import create_token as endpoint

    def parse(response: httpx.Response) -> str:
        _success(response)
        return cast("str", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        username=username,
        password=password,
    )
    return Request("GET", "/token", kwargs, parse)


def check_session_request() -> Request[str]:
    """GET /checksession: the request, not sent."""
    from .auth import check_session as endpoint

    def parse(response: httpx.Response) -> str:
        _success(response)
        return cast("str", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs()
    return Request("GET", "/checksession", kwargs, parse)


def send_sms_request(
    body: SendSmsRequest,
) -> Request[SendSmsResult]:
    """POST /sms: the request, not sent."""
    from .sms import send_sms as endpoint

    def parse(response: httpx.Response) -> SendSmsResult:
        _success(response)
        return cast("SendSmsResult", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/sms", kwargs, parse)


def get_sms_state_request(
    order_id: str,
) -> Request[SmsState]:
    """GET /sms/{order_id}: the request, not sent."""
    from .sms import get_sms_state as endpoint

    def parse(response: httpx.Response) -> SmsState:
        _success(response)
        return cast("SmsState", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        order_id=order_id,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/sms/{order_id}", kwargs, parse)


def cancel_sms_request(
    order_id: str,
) -> Request[ResultAnswer]:
    """DELETE /sms/{order_id}: the request, not sent."""
    from .sms import cancel_sms as endpoint

    def parse(response: httpx.Response) -> ResultAnswer:
        _success(response)
        return cast("ResultAnswer", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        order_id=order_id,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("DELETE", "/sms/{order_id}", kwargs, parse)


def send_parametric_sms_request(
    body: SendParametricSmsRequest,
) -> Request[SendSmsResult]:
    """POST /paramsms: the request, not sent."""
    from .sms import send_parametric_sms as endpoint

    def parse(response: httpx.Response) -> SendSmsResult:
        _success(response)
        return cast("SendSmsResult", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/paramsms", kwargs, parse)


def send_sms_to_groups_request(
    body: SendSmsToGroupsRequest,
) -> Request[SendSmsResult]:
    """POST /smstogroups: the request, not sent."""
    from .sms import send_sms_to_groups as endpoint

    def parse(response: httpx.Response) -> SendSmsResult:
        _success(response)
        return cast("SendSmsResult", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/smstogroups", kwargs, parse)


def get_sms_history_request(
    *,
    from_: str,
    to: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    page_number: int | Unset = 1,
    page_size: int | Unset = 10,
) -> Request[SmsHistoryPage]:
    """GET /smshistory: the request, not sent."""
    from .history import get_sms_history as endpoint

    def parse(response: httpx.Response) -> SmsHistoryPage:
        _success(response)
        return cast("SmsHistoryPage", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        from_=from_,
        to=to,
        timezone=timezone,
        page_number=page_number,
        page_size=page_size,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/smshistory", kwargs, parse)


def get_status_request(
    *,
    get_money: bool | Unset = False,
    type_aliases: bool | Unset = False,
) -> Request[UserStatus]:
    """GET /status: the request, not sent."""
    from .account import get_status as endpoint

    def parse(response: httpx.Response) -> UserStatus:
        _success(response)
        return cast("UserStatus", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        get_money=get_money,
        type_aliases=type_aliases,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/status", kwargs, parse)


def get_dashboard_url_request() -> Request[str]:
    """GET /dashboard: the request, not sent."""
    from .account import get_dashboard_url as endpoint

    def parse(response: httpx.Response) -> str:
        _success(response)
        return cast("str", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs()
    return Request("GET", "/dashboard", kwargs, parse)


def list_blacklist_request(
    *,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    timezone: str | Unset = UNSET,
    number: str | Unset = UNSET,
    origins: str | Unset = UNSET,
    page_number: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
) -> Request[BlacklistPage]:
    """GET /blacklist/sms: the request, not sent."""
    from .blacklist import list_blacklist as endpoint

    def parse(response: httpx.Response) -> BlacklistPage:
        _success(response)
        return cast("BlacklistPage", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        from_=from_,
        to=to,
        timezone=timezone,
        number=number,
        origins=origins,
        page_number=page_number,
        page_size=page_size,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("GET", "/blacklist/sms", kwargs, parse)


def add_to_blacklist_request(
    *,
    phone_number: str,
) -> Request[None]:
    """POST /blacklist/sms: the request, not sent."""
    from .blacklist import add_to_blacklist as endpoint

    def parse(response: httpx.Response) -> None:
        _success(response)
        endpoint._parse_response(client=_STRICT, response=response)

    kwargs = endpoint._get_kwargs(
        phone_number=phone_number,
    )
    return Request("POST", "/blacklist/sms", kwargs, parse)


def add_to_blacklist_batch_request(
    body: list[str],
) -> Request[int]:
    """POST /blacklist/smsbatch: the request, not sent."""
    from .blacklist import add_to_blacklist_batch as endpoint

    def parse(response: httpx.Response) -> int:
        _success(response)
        return cast("int", endpoint._parse_response(client=_STRICT, response=response))

    kwargs = endpoint._get_kwargs(
        body=body,
    )
    # A JSON operation (its 2xx answer is JSON): say so, as the providers' documents do (a Laravel API answers a
    # client that does not ask for JSON with redirects and HTML instead of its documented JSON errors).
    kwargs.setdefault("headers", {})["Accept"] = "application/json"
    return Request("POST", "/blacklist/smsbatch", kwargs, parse)


class Operations:
    """Every operation as a method; `_send` sends the request (a client supplies it)."""

    def _send(self, request: Request[T]) -> T:
        raise NotImplementedError

    def login(
        self,
        *,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
    ) -> str:
        """Log in and obtain a user key plus a short-lived session key"""
        return self._send(
            login_request(
                username=username,
                password=password,
            )
        )

    def create_token(
        self,
        *,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
    ) -> str:
        """Log in and obtain a user key plus a long-lived access token"""
        return self._send(
            create_token_request(
                username=username,
                password=password,
            )
        )

    def check_session(
        self,
    ) -> str:
        """Tell whether the current keys are still valid, without extending the session"""
        return self._send(check_session_request())

    def send_sms(
        self,
        body: SendSmsRequest,
    ) -> SendSmsResult:
        """Send one text to a list of phone numbers, now or at a scheduled time"""
        return self._send(
            send_sms_request(
                body=body,
            )
        )

    def get_sms_state(
        self,
        order_id: str,
    ) -> SmsState:
        """Read the delivery state of every recipient of an order"""
        return self._send(
            get_sms_state_request(
                order_id=order_id,
            )
        )

    def cancel_sms(
        self,
        order_id: str,
    ) -> ResultAnswer:
        """Cancel an order that is still waiting for its scheduled time"""
        return self._send(
            cancel_sms_request(
                order_id=order_id,
            )
        )

    def send_parametric_sms(
        self,
        body: SendParametricSmsRequest,
    ) -> SendSmsResult:
        """Send a template text whose ${placeholders} are filled in per recipient"""
        return self._send(
            send_parametric_sms_request(
                body=body,
            )
        )

    def send_sms_to_groups(
        self,
        body: SendSmsToGroupsRequest,
    ) -> SendSmsResult:
        """Send one text to every contact of one or more contact groups"""
        return self._send(
            send_sms_to_groups_request(
                body=body,
            )
        )

    def get_sms_history(
        self,
        *,
        from_: str,
        to: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        page_number: int | Unset = 1,
        page_size: int | Unset = 10,
    ) -> SmsHistoryPage:
        """List the orders sent between two dates, one page at a time"""
        return self._send(
            get_sms_history_request(
                from_=from_,
                to=to,
                timezone=timezone,
                page_number=page_number,
                page_size=page_size,
            )
        )

    def get_status(
        self,
        *,
        get_money: bool | Unset = False,
        type_aliases: bool | Unset = False,
    ) -> UserStatus:
        """Read the remaining messages per type and, optionally, the account money"""
        return self._send(
            get_status_request(
                get_money=get_money,
                type_aliases=type_aliases,
            )
        )

    def get_dashboard_url(
        self,
    ) -> str:
        """Get a link that opens the account's web dashboard"""
        return self._send(get_dashboard_url_request())

    def list_blacklist(
        self,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        number: str | Unset = UNSET,
        origins: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> BlacklistPage:
        """Page through the numbers in the account's blacklist"""
        return self._send(
            list_blacklist_request(
                from_=from_,
                to=to,
                timezone=timezone,
                number=number,
                origins=origins,
                page_number=page_number,
                page_size=page_size,
            )
        )

    def add_to_blacklist(
        self,
        *,
        phone_number: str,
    ) -> None:
        """Stop all future messages of this account to one phone number"""
        return self._send(
            add_to_blacklist_request(
                phone_number=phone_number,
            )
        )

    def add_to_blacklist_batch(
        self,
        body: list[str],
    ) -> int:
        """Add several phone numbers to the blacklist at once, all or nothing"""
        return self._send(
            add_to_blacklist_batch_request(
                body=body,
            )
        )


class AsyncOperations:
    """Every operation as a coroutine method; `_send` sends the request (a client supplies it)."""

    async def _send(self, request: Request[T]) -> T:
        raise NotImplementedError

    async def login(
        self,
        *,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
    ) -> str:
        """Log in and obtain a user key plus a short-lived session key"""
        return await self._send(
            login_request(
                username=username,
                password=password,
            )
        )

    async def create_token(
        self,
        *,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
    ) -> str:
        """Log in and obtain a user key plus a long-lived access token"""
        return await self._send(
            create_token_request(
                username=username,
                password=password,
            )
        )

    async def check_session(
        self,
    ) -> str:
        """Tell whether the current keys are still valid, without extending the session"""
        return await self._send(check_session_request())

    async def send_sms(
        self,
        body: SendSmsRequest,
    ) -> SendSmsResult:
        """Send one text to a list of phone numbers, now or at a scheduled time"""
        return await self._send(
            send_sms_request(
                body=body,
            )
        )

    async def get_sms_state(
        self,
        order_id: str,
    ) -> SmsState:
        """Read the delivery state of every recipient of an order"""
        return await self._send(
            get_sms_state_request(
                order_id=order_id,
            )
        )

    async def cancel_sms(
        self,
        order_id: str,
    ) -> ResultAnswer:
        """Cancel an order that is still waiting for its scheduled time"""
        return await self._send(
            cancel_sms_request(
                order_id=order_id,
            )
        )

    async def send_parametric_sms(
        self,
        body: SendParametricSmsRequest,
    ) -> SendSmsResult:
        """Send a template text whose ${placeholders} are filled in per recipient"""
        return await self._send(
            send_parametric_sms_request(
                body=body,
            )
        )

    async def send_sms_to_groups(
        self,
        body: SendSmsToGroupsRequest,
    ) -> SendSmsResult:
        """Send one text to every contact of one or more contact groups"""
        return await self._send(
            send_sms_to_groups_request(
                body=body,
            )
        )

    async def get_sms_history(
        self,
        *,
        from_: str,
        to: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        page_number: int | Unset = 1,
        page_size: int | Unset = 10,
    ) -> SmsHistoryPage:
        """List the orders sent between two dates, one page at a time"""
        return await self._send(
            get_sms_history_request(
                from_=from_,
                to=to,
                timezone=timezone,
                page_number=page_number,
                page_size=page_size,
            )
        )

    async def get_status(
        self,
        *,
        get_money: bool | Unset = False,
        type_aliases: bool | Unset = False,
    ) -> UserStatus:
        """Read the remaining messages per type and, optionally, the account money"""
        return await self._send(
            get_status_request(
                get_money=get_money,
                type_aliases=type_aliases,
            )
        )

    async def get_dashboard_url(
        self,
    ) -> str:
        """Get a link that opens the account's web dashboard"""
        return await self._send(get_dashboard_url_request())

    async def list_blacklist(
        self,
        *,
        from_: str | Unset = UNSET,
        to: str | Unset = UNSET,
        timezone: str | Unset = UNSET,
        number: str | Unset = UNSET,
        origins: str | Unset = UNSET,
        page_number: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> BlacklistPage:
        """Page through the numbers in the account's blacklist"""
        return await self._send(
            list_blacklist_request(
                from_=from_,
                to=to,
                timezone=timezone,
                number=number,
                origins=origins,
                page_number=page_number,
                page_size=page_size,
            )
        )

    async def add_to_blacklist(
        self,
        *,
        phone_number: str,
    ) -> None:
        """Stop all future messages of this account to one phone number"""
        return await self._send(
            add_to_blacklist_request(
                phone_number=phone_number,
            )
        )

    async def add_to_blacklist_batch(
        self,
        body: list[str],
    ) -> int:
        """Add several phone numbers to the blacklist at once, all or nothing"""
        return await self._send(
            add_to_blacklist_batch_request(
                body=body,
            )
        )


__all__ = [
    "AsyncOperations",
    "Operations",
    "Request",
    "add_to_blacklist_batch_request",
    "add_to_blacklist_request",
    "cancel_sms_request",
    "check_session_request",
    "create_token_request",
    "get_dashboard_url_request",
    "get_sms_history_request",
    "get_sms_state_request",
    "get_status_request",
    "list_blacklist_request",
    "login_request",
    "send_parametric_sms_request",
    "send_sms_request",
    "send_sms_to_groups_request",
]
