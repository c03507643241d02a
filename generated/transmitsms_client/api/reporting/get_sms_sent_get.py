from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delivery_filter import DeliveryFilter
from ...models.error_response import ErrorResponse
from ...models.get_sms_sent_response import GetSmsSentResponse
from ...models.optouts_filter import OptoutsFilter
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    message_id: int,
    list_id: int | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
    delivery: DeliveryFilter | Unset = UNSET,
    optouts: OptoutsFilter | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["message_id"] = message_id

    params["list_id"] = list_id

    params["page"] = page

    params["max"] = max_

    json_delivery: str | Unset = UNSET
    if not isinstance(delivery, Unset):
        json_delivery = delivery.value

    params["delivery"] = json_delivery

    json_optouts: str | Unset = UNSET
    if not isinstance(optouts, Unset):
        json_optouts = optouts.value

    params["optouts"] = json_optouts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/get-sms-sent.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | GetSmsSentResponse | None:
    if response.status_code == 200:
        response_200 = GetSmsSentResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | GetSmsSentResponse]:
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
    list_id: int | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
    delivery: DeliveryFilter | Unset = UNSET,
    optouts: OptoutsFilter | Unset = UNSET,
) -> Response[ErrorResponse | GetSmsSentResponse]:
    """List the recipients of a message (GET form)

     Returns the message summary and a page of its recipients with their delivery state. GET form of
    `getSmsSent`: the same fields as query parameters.

    Args:
        message_id (int):
        list_id (int | Unset):
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.
        delivery (DeliveryFilter | Unset): Delivery-state filter for recipients.
        optouts (OptoutsFilter | Unset): Opt-out filter for recipients.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetSmsSentResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        list_id=list_id,
        page=page,
        max_=max_,
        delivery=delivery,
        optouts=optouts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    message_id: int,
    list_id: int | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
    delivery: DeliveryFilter | Unset = UNSET,
    optouts: OptoutsFilter | Unset = UNSET,
) -> ErrorResponse | GetSmsSentResponse | None:
    """List the recipients of a message (GET form)

     Returns the message summary and a page of its recipients with their delivery state. GET form of
    `getSmsSent`: the same fields as query parameters.

    Args:
        message_id (int):
        list_id (int | Unset):
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.
        delivery (DeliveryFilter | Unset): Delivery-state filter for recipients.
        optouts (OptoutsFilter | Unset): Opt-out filter for recipients.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetSmsSentResponse
    """

    return sync_detailed(
        client=client,
        message_id=message_id,
        list_id=list_id,
        page=page,
        max_=max_,
        delivery=delivery,
        optouts=optouts,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    message_id: int,
    list_id: int | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
    delivery: DeliveryFilter | Unset = UNSET,
    optouts: OptoutsFilter | Unset = UNSET,
) -> Response[ErrorResponse | GetSmsSentResponse]:
    """List the recipients of a message (GET form)

     Returns the message summary and a page of its recipients with their delivery state. GET form of
    `getSmsSent`: the same fields as query parameters.

    Args:
        message_id (int):
        list_id (int | Unset):
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.
        delivery (DeliveryFilter | Unset): Delivery-state filter for recipients.
        optouts (OptoutsFilter | Unset): Opt-out filter for recipients.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GetSmsSentResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        list_id=list_id,
        page=page,
        max_=max_,
        delivery=delivery,
        optouts=optouts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    message_id: int,
    list_id: int | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
    delivery: DeliveryFilter | Unset = UNSET,
    optouts: OptoutsFilter | Unset = UNSET,
) -> ErrorResponse | GetSmsSentResponse | None:
    """List the recipients of a message (GET form)

     Returns the message summary and a page of its recipients with their delivery state. GET form of
    `getSmsSent`: the same fields as query parameters.

    Args:
        message_id (int):
        list_id (int | Unset):
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.
        delivery (DeliveryFilter | Unset): Delivery-state filter for recipients.
        optouts (OptoutsFilter | Unset): Opt-out filter for recipients.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | GetSmsSentResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            message_id=message_id,
            list_id=list_id,
            page=page,
            max_=max_,
            delivery=delivery,
            optouts=optouts,
        )
    ).parsed
