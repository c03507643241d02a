from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_contacts_bulk_request import AddContactsBulkRequest
from ...models.add_contacts_bulk_response import AddContactsBulkResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AddContactsBulkRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/add-contacts-bulk.json",
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddContactsBulkResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AddContactsBulkResponse.from_dict(response.json())

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
) -> Response[AddContactsBulkResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddContactsBulkRequest | Unset = UNSET,
) -> Response[AddContactsBulkResponse | ErrorResponse]:
    """Import contacts into a list from a CSV file

     Imports the CSV file at `file_url` (a `mobile` column, optional `firstname`, `lastname` and custom
    field columns) into the list `list_id`, or into a new list called `name` (exactly one of the two).
    Contacts already on the list are updated. The answer only says the call was taken: add-contacts-
    bulk-progress reports the import. Form-encoded POST; `addContactsBulkGet` is the same call as GET
    with query parameters.

    Args:
        body (AddContactsBulkRequest | Unset): Form fields of add-contacts-bulk.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddContactsBulkResponse | ErrorResponse]
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
    body: AddContactsBulkRequest | Unset = UNSET,
) -> AddContactsBulkResponse | ErrorResponse | None:
    """Import contacts into a list from a CSV file

     Imports the CSV file at `file_url` (a `mobile` column, optional `firstname`, `lastname` and custom
    field columns) into the list `list_id`, or into a new list called `name` (exactly one of the two).
    Contacts already on the list are updated. The answer only says the call was taken: add-contacts-
    bulk-progress reports the import. Form-encoded POST; `addContactsBulkGet` is the same call as GET
    with query parameters.

    Args:
        body (AddContactsBulkRequest | Unset): Form fields of add-contacts-bulk.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddContactsBulkResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddContactsBulkRequest | Unset = UNSET,
) -> Response[AddContactsBulkResponse | ErrorResponse]:
    """Import contacts into a list from a CSV file

     Imports the CSV file at `file_url` (a `mobile` column, optional `firstname`, `lastname` and custom
    field columns) into the list `list_id`, or into a new list called `name` (exactly one of the two).
    Contacts already on the list are updated. The answer only says the call was taken: add-contacts-
    bulk-progress reports the import. Form-encoded POST; `addContactsBulkGet` is the same call as GET
    with query parameters.

    Args:
        body (AddContactsBulkRequest | Unset): Form fields of add-contacts-bulk.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddContactsBulkResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddContactsBulkRequest | Unset = UNSET,
) -> AddContactsBulkResponse | ErrorResponse | None:
    """Import contacts into a list from a CSV file

     Imports the CSV file at `file_url` (a `mobile` column, optional `firstname`, `lastname` and custom
    field columns) into the list `list_id`, or into a new list called `name` (exactly one of the two).
    Contacts already on the list are updated. The answer only says the call was taken: add-contacts-
    bulk-progress reports the import. Form-encoded POST; `addContactsBulkGet` is the same call as GET
    with query parameters.

    Args:
        body (AddContactsBulkRequest | Unset): Form fields of add-contacts-bulk.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddContactsBulkResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
