from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_result import ErrorResult
from ...models.sms_state import SmsState
from ...types import Response


def _get_kwargs(
    order_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ErrorResult | SmsState | None:
    if response.status_code == 200:
        response_200 = SmsState.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResult | SmsState]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResult | SmsState]:
    """Read the delivery state of every recipient of an order

     Each recipient carries one of the status words of `RecipientStatus`. Transient: `WAITING`,
    `SCHEDULED`,
    `WAIT4DLVR` (and `SENT` on types with delivery reports). Success: `DLVRD` (and `SENT` on types
    without
    delivery reports). The other values are failures; the `x-smskit-errors` entries flagged
    `per_recipient`
    are found in `recipients[].status`.

    Args:
        order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResult | SmsState]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResult | SmsState | None:
    """Read the delivery state of every recipient of an order

     Each recipient carries one of the status words of `RecipientStatus`. Transient: `WAITING`,
    `SCHEDULED`,
    `WAIT4DLVR` (and `SENT` on types with delivery reports). Success: `DLVRD` (and `SENT` on types
    without
    delivery reports). The other values are failures; the `x-smskit-errors` entries flagged
    `per_recipient`
    are found in `recipients[].status`.

    Args:
        order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResult | SmsState
    """

    return sync_detailed(
        order_id=order_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorResult | SmsState]:
    """Read the delivery state of every recipient of an order

     Each recipient carries one of the status words of `RecipientStatus`. Transient: `WAITING`,
    `SCHEDULED`,
    `WAIT4DLVR` (and `SENT` on types with delivery reports). Success: `DLVRD` (and `SENT` on types
    without
    delivery reports). The other values are failures; the `x-smskit-errors` entries flagged
    `per_recipient`
    are found in `recipients[].status`.

    Args:
        order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResult | SmsState]
    """

    kwargs = _get_kwargs(
        order_id=order_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    order_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorResult | SmsState | None:
    """Read the delivery state of every recipient of an order

     Each recipient carries one of the status words of `RecipientStatus`. Transient: `WAITING`,
    `SCHEDULED`,
    `WAIT4DLVR` (and `SENT` on types with delivery reports). Success: `DLVRD` (and `SENT` on types
    without
    delivery reports). The other values are failures; the `x-smskit-errors` entries flagged
    `per_recipient`
    are found in `recipients[].status`.

    Args:
        order_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResult | SmsState
    """

    return (
        await asyncio_detailed(
            order_id=order_id,
            client=client,
        )
    ).parsed
