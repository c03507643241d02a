from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_sms_stats_response import GetSmsStatsResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    message_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["message_id"] = message_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/get-sms-stats.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetSmsStatsResponse | None:
    if response.status_code == 200:
        response_200 = GetSmsStatsResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetSmsStatsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    message_id: int,
) -> Response[ErrorResponse | GetSmsStatsResponse]:
    """Get delivery statistics of a message (GET form)

     Returns counters of one message split by outcome (hard/soft bounces, replies, opt-outs, link
    clicks). GET form of `getSmsStats`: the same fields as query parameters.

    Args:
        message_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetSmsStatsResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    message_id: int,
) -> ErrorResponse | GetSmsStatsResponse | None:
    """Get delivery statistics of a message (GET form)

     Returns counters of one message split by outcome (hard/soft bounces, replies, opt-outs, link
    clicks). GET form of `getSmsStats`: the same fields as query parameters.

    Args:
        message_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetSmsStatsResponse
    """

    return sync_detailed(
        client=client,
        message_id=message_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    message_id: int,
) -> Response[ErrorResponse | GetSmsStatsResponse]:
    """Get delivery statistics of a message (GET form)

     Returns counters of one message split by outcome (hard/soft bounces, replies, opt-outs, link
    clicks). GET form of `getSmsStats`: the same fields as query parameters.

    Args:
        message_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetSmsStatsResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    message_id: int,
) -> ErrorResponse | GetSmsStatsResponse | None:
    """Get delivery statistics of a message (GET form)

     Returns counters of one message split by outcome (hard/soft bounces, replies, opt-outs, link
    clicks). GET form of `getSmsStats`: the same fields as query parameters.

    Args:
        message_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetSmsStatsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            message_id=message_id,
        )
    ).parsed
