from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.list_ids_response import ListIdsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    list_id: int | Unset = UNSET,
    msisdn: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["list_id"] = list_id

    params["msisdn"] = msisdn

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/optout-list-member.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | ListIdsResponse | None:
    if response.status_code == 200:
        response_200 = ListIdsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | ListIdsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    list_id: int | Unset = UNSET,
    msisdn: int,
) -> Response[ErrorResponse | ListIdsResponse]:
    """Opt a contact out of one or all lists (GET form)

     Unsubscribes a contact from a list, or from every list when `list_id` is 0. With the account's
    global opt-out enabled a single-list opt-out applies everywhere. GET form of `optoutListMember`: the
    same fields as query parameters.

    Args:
        list_id (int | Unset):
        msisdn (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListIdsResponse]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        msisdn=msisdn,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    list_id: int | Unset = UNSET,
    msisdn: int,
) -> ErrorResponse | ListIdsResponse | None:
    """Opt a contact out of one or all lists (GET form)

     Unsubscribes a contact from a list, or from every list when `list_id` is 0. With the account's
    global opt-out enabled a single-list opt-out applies everywhere. GET form of `optoutListMember`: the
    same fields as query parameters.

    Args:
        list_id (int | Unset):
        msisdn (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListIdsResponse
    """

    return sync_detailed(
        client=client,
        list_id=list_id,
        msisdn=msisdn,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    list_id: int | Unset = UNSET,
    msisdn: int,
) -> Response[ErrorResponse | ListIdsResponse]:
    """Opt a contact out of one or all lists (GET form)

     Unsubscribes a contact from a list, or from every list when `list_id` is 0. With the account's
    global opt-out enabled a single-list opt-out applies everywhere. GET form of `optoutListMember`: the
    same fields as query parameters.

    Args:
        list_id (int | Unset):
        msisdn (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | ListIdsResponse]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        msisdn=msisdn,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    list_id: int | Unset = UNSET,
    msisdn: int,
) -> ErrorResponse | ListIdsResponse | None:
    """Opt a contact out of one or all lists (GET form)

     Unsubscribes a contact from a list, or from every list when `list_id` is 0. With the account's
    global opt-out enabled a single-list opt-out applies everywhere. GET form of `optoutListMember`: the
    same fields as query parameters.

    Args:
        list_id (int | Unset):
        msisdn (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | ListIdsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            list_id=list_id,
            msisdn=msisdn,
        )
    ).parsed
