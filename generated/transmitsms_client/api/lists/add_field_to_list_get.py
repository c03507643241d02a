from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_field_to_list_response import AddFieldToListResponse
from ...models.error_response import ErrorResponse
from ...models.response_style import ResponseStyle
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    list_id: int,
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
        "url": "/add-field-to-list.json",
        "params": params,
    }

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
    list_id: int,
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
) -> Response[AddFieldToListResponse | ErrorResponse]:
    """Add or rename custom fields of a list (GET form)

     Sets the names of custom field slots `field_1`..`field_10` of an existing list (at least one;
    MISSING_PARAM otherwise). Contacts keep their values per slot. GET form of `addFieldToList`: the
    same fields as query parameters.

    Args:
        list_id (int):
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
        Response[AddFieldToListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
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
) -> AddFieldToListResponse | ErrorResponse | None:
    """Add or rename custom fields of a list (GET form)

     Sets the names of custom field slots `field_1`..`field_10` of an existing list (at least one;
    MISSING_PARAM otherwise). Contacts keep their values per slot. GET form of `addFieldToList`: the
    same fields as query parameters.

    Args:
        list_id (int):
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
        AddFieldToListResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        list_id=list_id,
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
) -> Response[AddFieldToListResponse | ErrorResponse]:
    """Add or rename custom fields of a list (GET form)

     Sets the names of custom field slots `field_1`..`field_10` of an existing list (at least one;
    MISSING_PARAM otherwise). Contacts keep their values per slot. GET form of `addFieldToList`: the
    same fields as query parameters.

    Args:
        list_id (int):
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
        Response[AddFieldToListResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        list_id=list_id,
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
) -> AddFieldToListResponse | ErrorResponse | None:
    """Add or rename custom fields of a list (GET form)

     Sets the names of custom field slots `field_1`..`field_10` of an existing list (at least one;
    MISSING_PARAM otherwise). Contacts keep their values per slot. GET form of `addFieldToList`: the
    same fields as query parameters.

    Args:
        list_id (int):
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
        AddFieldToListResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            list_id=list_id,
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
