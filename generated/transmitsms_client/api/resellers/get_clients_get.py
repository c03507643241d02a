from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_clients_response import GetClientsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["max"] = max_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/get-clients.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetClientsResponse | None:
    if response.status_code == 200:
        response_200 = GetClientsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | GetClientsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> Response[ErrorResponse | GetClientsResponse]:
    """List client accounts (resellers) (GET form)

     Returns a page of the reseller's client accounts. Only reseller accounts may call it. GET form of
    `getClients`: the same fields as query parameters.

    Args:
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetClientsResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        max_=max_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> ErrorResponse | GetClientsResponse | None:
    """List client accounts (resellers) (GET form)

     Returns a page of the reseller's client accounts. Only reseller accounts may call it. GET form of
    `getClients`: the same fields as query parameters.

    Args:
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetClientsResponse
    """

    return sync_detailed(
        client=client,
        page=page,
        max_=max_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> Response[ErrorResponse | GetClientsResponse]:
    """List client accounts (resellers) (GET form)

     Returns a page of the reseller's client accounts. Only reseller accounts may call it. GET form of
    `getClients`: the same fields as query parameters.

    Args:
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetClientsResponse]
    """

    kwargs = _get_kwargs(
        page=page,
        max_=max_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> ErrorResponse | GetClientsResponse | None:
    """List client accounts (resellers) (GET form)

     Returns a page of the reseller's client accounts. Only reseller accounts may call it. GET form of
    `getClients`: the same fields as query parameters.

    Args:
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetClientsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            max_=max_,
        )
    ).parsed
