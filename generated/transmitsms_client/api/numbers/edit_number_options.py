from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.edit_number_options_request import EditNumberOptionsRequest
from ...models.error_response import ErrorResponse
from ...models.outcome_response import OutcomeResponse
from ...types import Response


def _get_kwargs(
    *,
    body: EditNumberOptionsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/edit-number-options.json",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | OutcomeResponse | None:
    if response.status_code == 200:
        response_200 = OutcomeResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | OutcomeResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EditNumberOptionsRequest,
) -> Response[ErrorResponse | OutcomeResponse]:
    """Set what a virtual number does with inbound SMS

     Sets the inbound options of a leased number: forward to emails, numbers or a URL, add senders to a
    list, auto-replies for new and existing list members. Options not given are kept. Form-encoded POST;
    `editNumberOptionsGet` is the same call as GET with query parameters.

    Args:
        body (EditNumberOptionsRequest): Form fields of edit-number-options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OutcomeResponse]
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
    body: EditNumberOptionsRequest,
) -> ErrorResponse | OutcomeResponse | None:
    """Set what a virtual number does with inbound SMS

     Sets the inbound options of a leased number: forward to emails, numbers or a URL, add senders to a
    list, auto-replies for new and existing list members. Options not given are kept. Form-encoded POST;
    `editNumberOptionsGet` is the same call as GET with query parameters.

    Args:
        body (EditNumberOptionsRequest): Form fields of edit-number-options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OutcomeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EditNumberOptionsRequest,
) -> Response[ErrorResponse | OutcomeResponse]:
    """Set what a virtual number does with inbound SMS

     Sets the inbound options of a leased number: forward to emails, numbers or a URL, add senders to a
    list, auto-replies for new and existing list members. Options not given are kept. Form-encoded POST;
    `editNumberOptionsGet` is the same call as GET with query parameters.

    Args:
        body (EditNumberOptionsRequest): Form fields of edit-number-options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OutcomeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EditNumberOptionsRequest,
) -> ErrorResponse | OutcomeResponse | None:
    """Set what a virtual number does with inbound SMS

     Sets the inbound options of a leased number: forward to emails, numbers or a URL, add senders to a
    list, auto-replies for new and existing list members. Options not given are kept. Form-encoded POST;
    `editNumberOptionsGet` is the same call as GET with query parameters.

    Args:
        body (EditNumberOptionsRequest): Form fields of edit-number-options.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OutcomeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
