from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_contacts_bulk_response import AddContactsBulkResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    list_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    countrycode: str | Unset = UNSET,
    file_url: str | Unset = UNSET,
    field_1: str | Unset = UNSET,
    field_2: str | Unset = UNSET,
    field_3: str | Unset = UNSET,
    field_4: str | Unset = UNSET,
    field_5: str | Unset = UNSET,
    field_6: str | Unset = UNSET,
    field_7: str | Unset = UNSET,
    field_8: str | Unset = UNSET,
    field_9: str | Unset = UNSET,
    field_10: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["list_id"] = list_id

    params["name"] = name

    params["countrycode"] = countrycode

    params["file_url"] = file_url

    params["field_1"] = field_1

    params["field_2"] = field_2

    params["field_3"] = field_3

    params["field_4"] = field_4

    params["field_5"] = field_5

    params["field_6"] = field_6

    params["field_7"] = field_7

    params["field_8"] = field_8

    params["field_9"] = field_9

    params["field_10"] = field_10

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/add-contacts-bulk.json",
        "params": params,
    }

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
    list_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    countrycode: str | Unset = UNSET,
    file_url: str | Unset = UNSET,
    field_1: str | Unset = UNSET,
    field_2: str | Unset = UNSET,
    field_3: str | Unset = UNSET,
    field_4: str | Unset = UNSET,
    field_5: str | Unset = UNSET,
    field_6: str | Unset = UNSET,
    field_7: str | Unset = UNSET,
    field_8: str | Unset = UNSET,
    field_9: str | Unset = UNSET,
    field_10: str | Unset = UNSET,
) -> Response[AddContactsBulkResponse | ErrorResponse]:
    """Import contacts into a list from a CSV file (GET form)

     Imports the CSV file at `file_url` (a `mobile` column, optional `firstname`, `lastname` and custom
    field columns) into the list `list_id`, or into a new list called `name` (exactly one of the two).
    Contacts already on the list are updated. The answer only says the call was taken: add-contacts-
    bulk-progress reports the import. GET form of `addContactsBulk`: the same fields as query
    parameters.

    Args:
        list_id (int | Unset):
        name (str | Unset):
        countrycode (str | Unset):
        file_url (str | Unset):
        field_1 (str | Unset):
        field_2 (str | Unset):
        field_3 (str | Unset):
        field_4 (str | Unset):
        field_5 (str | Unset):
        field_6 (str | Unset):
        field_7 (str | Unset):
        field_8 (str | Unset):
        field_9 (str | Unset):
        field_10 (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddContactsBulkResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        name=name,
        countrycode=countrycode,
        file_url=file_url,
        field_1=field_1,
        field_2=field_2,
        field_3=field_3,
        field_4=field_4,
        field_5=field_5,
        field_6=field_6,
        field_7=field_7,
        field_8=field_8,
        field_9=field_9,
        field_10=field_10,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    list_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    countrycode: str | Unset = UNSET,
    file_url: str | Unset = UNSET,
    field_1: str | Unset = UNSET,
    field_2: str | Unset = UNSET,
    field_3: str | Unset = UNSET,
    field_4: str | Unset = UNSET,
    field_5: str | Unset = UNSET,
    field_6: str | Unset = UNSET,
    field_7: str | Unset = UNSET,
    field_8: str | Unset = UNSET,
    field_9: str | Unset = UNSET,
    field_10: str | Unset = UNSET,
) -> AddContactsBulkResponse | ErrorResponse | None:
    """Import contacts into a list from a CSV file (GET form)

     Imports the CSV file at `file_url` (a `mobile` column, optional `firstname`, `lastname` and custom
    field columns) into the list `list_id`, or into a new list called `name` (exactly one of the two).
    Contacts already on the list are updated. The answer only says the call was taken: add-contacts-
    bulk-progress reports the import. GET form of `addContactsBulk`: the same fields as query
    parameters.

    Args:
        list_id (int | Unset):
        name (str | Unset):
        countrycode (str | Unset):
        file_url (str | Unset):
        field_1 (str | Unset):
        field_2 (str | Unset):
        field_3 (str | Unset):
        field_4 (str | Unset):
        field_5 (str | Unset):
        field_6 (str | Unset):
        field_7 (str | Unset):
        field_8 (str | Unset):
        field_9 (str | Unset):
        field_10 (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddContactsBulkResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        list_id=list_id,
        name=name,
        countrycode=countrycode,
        file_url=file_url,
        field_1=field_1,
        field_2=field_2,
        field_3=field_3,
        field_4=field_4,
        field_5=field_5,
        field_6=field_6,
        field_7=field_7,
        field_8=field_8,
        field_9=field_9,
        field_10=field_10,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    list_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    countrycode: str | Unset = UNSET,
    file_url: str | Unset = UNSET,
    field_1: str | Unset = UNSET,
    field_2: str | Unset = UNSET,
    field_3: str | Unset = UNSET,
    field_4: str | Unset = UNSET,
    field_5: str | Unset = UNSET,
    field_6: str | Unset = UNSET,
    field_7: str | Unset = UNSET,
    field_8: str | Unset = UNSET,
    field_9: str | Unset = UNSET,
    field_10: str | Unset = UNSET,
) -> Response[AddContactsBulkResponse | ErrorResponse]:
    """Import contacts into a list from a CSV file (GET form)

     Imports the CSV file at `file_url` (a `mobile` column, optional `firstname`, `lastname` and custom
    field columns) into the list `list_id`, or into a new list called `name` (exactly one of the two).
    Contacts already on the list are updated. The answer only says the call was taken: add-contacts-
    bulk-progress reports the import. GET form of `addContactsBulk`: the same fields as query
    parameters.

    Args:
        list_id (int | Unset):
        name (str | Unset):
        countrycode (str | Unset):
        file_url (str | Unset):
        field_1 (str | Unset):
        field_2 (str | Unset):
        field_3 (str | Unset):
        field_4 (str | Unset):
        field_5 (str | Unset):
        field_6 (str | Unset):
        field_7 (str | Unset):
        field_8 (str | Unset):
        field_9 (str | Unset):
        field_10 (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddContactsBulkResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        name=name,
        countrycode=countrycode,
        file_url=file_url,
        field_1=field_1,
        field_2=field_2,
        field_3=field_3,
        field_4=field_4,
        field_5=field_5,
        field_6=field_6,
        field_7=field_7,
        field_8=field_8,
        field_9=field_9,
        field_10=field_10,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    list_id: int | Unset = UNSET,
    name: str | Unset = UNSET,
    countrycode: str | Unset = UNSET,
    file_url: str | Unset = UNSET,
    field_1: str | Unset = UNSET,
    field_2: str | Unset = UNSET,
    field_3: str | Unset = UNSET,
    field_4: str | Unset = UNSET,
    field_5: str | Unset = UNSET,
    field_6: str | Unset = UNSET,
    field_7: str | Unset = UNSET,
    field_8: str | Unset = UNSET,
    field_9: str | Unset = UNSET,
    field_10: str | Unset = UNSET,
) -> AddContactsBulkResponse | ErrorResponse | None:
    """Import contacts into a list from a CSV file (GET form)

     Imports the CSV file at `file_url` (a `mobile` column, optional `firstname`, `lastname` and custom
    field columns) into the list `list_id`, or into a new list called `name` (exactly one of the two).
    Contacts already on the list are updated. The answer only says the call was taken: add-contacts-
    bulk-progress reports the import. GET form of `addContactsBulk`: the same fields as query
    parameters.

    Args:
        list_id (int | Unset):
        name (str | Unset):
        countrycode (str | Unset):
        file_url (str | Unset):
        field_1 (str | Unset):
        field_2 (str | Unset):
        field_3 (str | Unset):
        field_4 (str | Unset):
        field_5 (str | Unset):
        field_6 (str | Unset):
        field_7 (str | Unset):
        field_8 (str | Unset):
        field_9 (str | Unset):
        field_10 (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddContactsBulkResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            list_id=list_id,
            name=name,
            countrycode=countrycode,
            file_url=file_url,
            field_1=field_1,
            field_2=field_2,
            field_3=field_3,
            field_4=field_4,
            field_5=field_5,
            field_6=field_6,
            field_7=field_7,
            field_8=field_8,
            field_9=field_9,
            field_10=field_10,
        )
    ).parsed
