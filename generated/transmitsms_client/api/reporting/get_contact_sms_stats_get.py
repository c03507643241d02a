from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_sms_stats_response import ContactSmsStatsResponse
from ...models.error_response import ErrorResponse
from ...models.get_contact_sms_stats_get_order import GetContactSmsStatsGetOrder
from ...models.get_contact_sms_stats_get_sort_field import GetContactSmsStatsGetSortField
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    mobile: int,
    countrycode: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    sort_field: GetContactSmsStatsGetSortField | Unset = UNSET,
    order: GetContactSmsStatsGetOrder | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["mobile"] = mobile

    params["countrycode"] = countrycode

    params["start"] = start

    params["end"] = end

    json_sort_field: str | Unset = UNSET
    if not isinstance(sort_field, Unset):
        json_sort_field = sort_field.value

    params["sort_field"] = json_sort_field

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params["page"] = page

    params["max"] = max_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/get-contact-sms-stats.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactSmsStatsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactSmsStatsResponse.from_dict(response.json())

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
) -> Response[ContactSmsStatsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    mobile: int,
    countrycode: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    sort_field: GetContactSmsStatsGetSortField | Unset = UNSET,
    order: GetContactSmsStatsGetOrder | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> Response[ContactSmsStatsResponse | ErrorResponse]:
    """List the messages sent to one number (GET form)

     Lists the messages the account sent to `mobile` (international, or local with `countrycode`), with
    their delivery state; without `start` and `end`, since the account was opened. GET form of
    `getContactSmsStats`: the same fields as query parameters.

    Args:
        mobile (int):
        countrycode (str | Unset):
        start (str | Unset):
        end (str | Unset):
        sort_field (GetContactSmsStatsGetSortField | Unset):
        order (GetContactSmsStatsGetOrder | Unset):
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactSmsStatsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        mobile=mobile,
        countrycode=countrycode,
        start=start,
        end=end,
        sort_field=sort_field,
        order=order,
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
    mobile: int,
    countrycode: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    sort_field: GetContactSmsStatsGetSortField | Unset = UNSET,
    order: GetContactSmsStatsGetOrder | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> ContactSmsStatsResponse | ErrorResponse | None:
    """List the messages sent to one number (GET form)

     Lists the messages the account sent to `mobile` (international, or local with `countrycode`), with
    their delivery state; without `start` and `end`, since the account was opened. GET form of
    `getContactSmsStats`: the same fields as query parameters.

    Args:
        mobile (int):
        countrycode (str | Unset):
        start (str | Unset):
        end (str | Unset):
        sort_field (GetContactSmsStatsGetSortField | Unset):
        order (GetContactSmsStatsGetOrder | Unset):
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactSmsStatsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        mobile=mobile,
        countrycode=countrycode,
        start=start,
        end=end,
        sort_field=sort_field,
        order=order,
        page=page,
        max_=max_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    mobile: int,
    countrycode: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    sort_field: GetContactSmsStatsGetSortField | Unset = UNSET,
    order: GetContactSmsStatsGetOrder | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> Response[ContactSmsStatsResponse | ErrorResponse]:
    """List the messages sent to one number (GET form)

     Lists the messages the account sent to `mobile` (international, or local with `countrycode`), with
    their delivery state; without `start` and `end`, since the account was opened. GET form of
    `getContactSmsStats`: the same fields as query parameters.

    Args:
        mobile (int):
        countrycode (str | Unset):
        start (str | Unset):
        end (str | Unset):
        sort_field (GetContactSmsStatsGetSortField | Unset):
        order (GetContactSmsStatsGetOrder | Unset):
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactSmsStatsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        mobile=mobile,
        countrycode=countrycode,
        start=start,
        end=end,
        sort_field=sort_field,
        order=order,
        page=page,
        max_=max_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    mobile: int,
    countrycode: str | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    sort_field: GetContactSmsStatsGetSortField | Unset = UNSET,
    order: GetContactSmsStatsGetOrder | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> ContactSmsStatsResponse | ErrorResponse | None:
    """List the messages sent to one number (GET form)

     Lists the messages the account sent to `mobile` (international, or local with `countrycode`), with
    their delivery state; without `start` and `end`, since the account was opened. GET form of
    `getContactSmsStats`: the same fields as query parameters.

    Args:
        mobile (int):
        countrycode (str | Unset):
        start (str | Unset):
        end (str | Unset):
        sort_field (GetContactSmsStatsGetSortField | Unset):
        order (GetContactSmsStatsGetOrder | Unset):
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactSmsStatsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            mobile=mobile,
            countrycode=countrycode,
            start=start,
            end=end,
            sort_field=sort_field,
            order=order,
            page=page,
            max_=max_,
        )
    ).parsed
