from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_response import ContactResponse
from ...models.error_response import ErrorResponse
from ...models.response_style import ResponseStyle
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    list_id: int,
    msisdn: str,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
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
    response_style: ResponseStyle | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["list_id"] = list_id

    params["msisdn"] = msisdn

    params["first_name"] = first_name

    params["last_name"] = last_name

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

    json_response_style: str | Unset = UNSET
    if not isinstance(response_style, Unset):
        json_response_style = response_style.value

    params["response_style"] = json_response_style

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/edit-list-member.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ContactResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ContactResponse.from_dict(response.json())

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
) -> Response[ContactResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    list_id: int,
    msisdn: str,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
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
    response_style: ResponseStyle | Unset = UNSET,
) -> Response[ContactResponse | ErrorResponse]:
    """Update a contact on a list (GET form)

     Changes the names and custom field values of a contact already on the list; fields not given are
    kept. GET form of `editListMember`: the same fields as query parameters.

    Args:
        list_id (int):
        msisdn (str):
        first_name (str | Unset):
        last_name (str | Unset):
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
        response_style (ResponseStyle | Unset): `array` returns custom fields as a list of
            name/value pairs instead of an object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        msisdn=msisdn,
        first_name=first_name,
        last_name=last_name,
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
        response_style=response_style,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    list_id: int,
    msisdn: str,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
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
    response_style: ResponseStyle | Unset = UNSET,
) -> ContactResponse | ErrorResponse | None:
    """Update a contact on a list (GET form)

     Changes the names and custom field values of a contact already on the list; fields not given are
    kept. GET form of `editListMember`: the same fields as query parameters.

    Args:
        list_id (int):
        msisdn (str):
        first_name (str | Unset):
        last_name (str | Unset):
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
        response_style (ResponseStyle | Unset): `array` returns custom fields as a list of
            name/value pairs instead of an object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        list_id=list_id,
        msisdn=msisdn,
        first_name=first_name,
        last_name=last_name,
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
        response_style=response_style,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    list_id: int,
    msisdn: str,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
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
    response_style: ResponseStyle | Unset = UNSET,
) -> Response[ContactResponse | ErrorResponse]:
    """Update a contact on a list (GET form)

     Changes the names and custom field values of a contact already on the list; fields not given are
    kept. GET form of `editListMember`: the same fields as query parameters.

    Args:
        list_id (int):
        msisdn (str):
        first_name (str | Unset):
        last_name (str | Unset):
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
        response_style (ResponseStyle | Unset): `array` returns custom fields as a list of
            name/value pairs instead of an object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
        msisdn=msisdn,
        first_name=first_name,
        last_name=last_name,
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
        response_style=response_style,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    list_id: int,
    msisdn: str,
    first_name: str | Unset = UNSET,
    last_name: str | Unset = UNSET,
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
    response_style: ResponseStyle | Unset = UNSET,
) -> ContactResponse | ErrorResponse | None:
    """Update a contact on a list (GET form)

     Changes the names and custom field values of a contact already on the list; fields not given are
    kept. GET form of `editListMember`: the same fields as query parameters.

    Args:
        list_id (int):
        msisdn (str):
        first_name (str | Unset):
        last_name (str | Unset):
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
        response_style (ResponseStyle | Unset): `array` returns custom fields as a list of
            name/value pairs instead of an object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            list_id=list_id,
            msisdn=msisdn,
            first_name=first_name,
            last_name=last_name,
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
            response_style=response_style,
        )
    ).parsed
