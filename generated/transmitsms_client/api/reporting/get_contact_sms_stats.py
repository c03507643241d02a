from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_sms_stats_response import ContactSmsStatsResponse
from ...models.error_response import ErrorResponse
from ...models.get_contact_sms_stats_request import GetContactSmsStatsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: GetContactSmsStatsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/get-contact-sms-stats.json",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
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
    body: GetContactSmsStatsRequest,
) -> Response[ContactSmsStatsResponse | ErrorResponse]:
    """List the messages sent to one number

     Lists the messages the account sent to `mobile` (international, or local with `countrycode`), with
    their delivery state; without `start` and `end`, since the account was opened. Form-encoded POST;
    `getContactSmsStatsGet` is the same call as GET with query parameters.

    Args:
        body (GetContactSmsStatsRequest): Form fields of get-contact-sms-stats.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactSmsStatsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetContactSmsStatsRequest,
) -> ContactSmsStatsResponse | ErrorResponse | None:
    """List the messages sent to one number

     Lists the messages the account sent to `mobile` (international, or local with `countrycode`), with
    their delivery state; without `start` and `end`, since the account was opened. Form-encoded POST;
    `getContactSmsStatsGet` is the same call as GET with query parameters.

    Args:
        body (GetContactSmsStatsRequest): Form fields of get-contact-sms-stats.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactSmsStatsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetContactSmsStatsRequest,
) -> Response[ContactSmsStatsResponse | ErrorResponse]:
    """List the messages sent to one number

     Lists the messages the account sent to `mobile` (international, or local with `countrycode`), with
    their delivery state; without `start` and `end`, since the account was opened. Form-encoded POST;
    `getContactSmsStatsGet` is the same call as GET with query parameters.

    Args:
        body (GetContactSmsStatsRequest): Form fields of get-contact-sms-stats.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactSmsStatsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetContactSmsStatsRequest,
) -> ContactSmsStatsResponse | ErrorResponse | None:
    """List the messages sent to one number

     Lists the messages the account sent to `mobile` (international, or local with `countrycode`), with
    their delivery state; without `start` and `end`, since the account was opened. Form-encoded POST;
    `getContactSmsStatsGet` is the same call as GET with query parameters.

    Args:
        body (GetContactSmsStatsRequest): Form fields of get-contact-sms-stats.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactSmsStatsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
