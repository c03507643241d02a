from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_result import ErrorResult
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["username"] = username

    params["password"] = password

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/token",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResult | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = ErrorResult.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResult.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResult.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ErrorResult | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> Response[ErrorResult | str]:
    """Log in and obtain a user key plus a long-lived access token

     Like `login`, but the second key is an access token sent as the `Access_token` header. The documents
    give no lifetime for it; client code treats it as long-lived (months, or no expiry) and not subject
    to
    the 5-minute idle limit of session keys.

    Args:
        username (str | Unset):
        password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResult | str]
    """

    kwargs = _get_kwargs(
        username=username,
        password=password,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> ErrorResult | str | None:
    """Log in and obtain a user key plus a long-lived access token

     Like `login`, but the second key is an access token sent as the `Access_token` header. The documents
    give no lifetime for it; client code treats it as long-lived (months, or no expiry) and not subject
    to
    the 5-minute idle limit of session keys.

    Args:
        username (str | Unset):
        password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResult | str
    """

    return sync_detailed(
        client=client,
        username=username,
        password=password,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> Response[ErrorResult | str]:
    """Log in and obtain a user key plus a long-lived access token

     Like `login`, but the second key is an access token sent as the `Access_token` header. The documents
    give no lifetime for it; client code treats it as long-lived (months, or no expiry) and not subject
    to
    the 5-minute idle limit of session keys.

    Args:
        username (str | Unset):
        password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResult | str]
    """

    kwargs = _get_kwargs(
        username=username,
        password=password,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
) -> ErrorResult | str | None:
    """Log in and obtain a user key plus a long-lived access token

     Like `login`, but the second key is an access token sent as the `Access_token` header. The documents
    give no lifetime for it; client code treats it as long-lived (months, or no expiry) and not subject
    to
    the 5-minute idle limit of session keys.

    Args:
        username (str | Unset):
        password (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResult | str
    """

    return (
        await asyncio_detailed(
            client=client,
            username=username,
            password=password,
        )
    ).parsed
