from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_field_to_list_request import AddFieldToListRequest
from ...models.add_field_to_list_response import AddFieldToListResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AddFieldToListRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/add-field-to-list.json",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddFieldToListResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AddFieldToListResponse.from_dict(response.json())

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
) -> Response[AddFieldToListResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddFieldToListRequest,
) -> Response[AddFieldToListResponse | ErrorResponse]:
    """Add or rename custom fields of a list

     Sets the names of custom field slots `field_1`..`field_10` of an existing list (at least one;
    MISSING_PARAM otherwise). Contacts keep their values per slot. Form-encoded POST;
    `addFieldToListGet` is the same call as GET with query parameters.

    Args:
        body (AddFieldToListRequest): Form fields of add-field-to-list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddFieldToListResponse | ErrorResponse]
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
    body: AddFieldToListRequest,
) -> AddFieldToListResponse | ErrorResponse | None:
    """Add or rename custom fields of a list

     Sets the names of custom field slots `field_1`..`field_10` of an existing list (at least one;
    MISSING_PARAM otherwise). Contacts keep their values per slot. Form-encoded POST;
    `addFieldToListGet` is the same call as GET with query parameters.

    Args:
        body (AddFieldToListRequest): Form fields of add-field-to-list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddFieldToListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddFieldToListRequest,
) -> Response[AddFieldToListResponse | ErrorResponse]:
    """Add or rename custom fields of a list

     Sets the names of custom field slots `field_1`..`field_10` of an existing list (at least one;
    MISSING_PARAM otherwise). Contacts keep their values per slot. Form-encoded POST;
    `addFieldToListGet` is the same call as GET with query parameters.

    Args:
        body (AddFieldToListRequest): Form fields of add-field-to-list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddFieldToListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddFieldToListRequest,
) -> AddFieldToListResponse | ErrorResponse | None:
    """Add or rename custom fields of a list

     Sets the names of custom field slots `field_1`..`field_10` of an existing list (at least one;
    MISSING_PARAM otherwise). Contacts keep their values per slot. Form-encoded POST;
    `addFieldToListGet` is the same call as GET with query parameters.

    Args:
        body (AddFieldToListRequest): Form fields of add-field-to-list.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddFieldToListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
