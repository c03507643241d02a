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
    response_style: ResponseStyle | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["list_id"] = list_id

    params["msisdn"] = msisdn

    json_response_style: str | Unset = UNSET
    if not isinstance(response_style, Unset):
        json_response_style = response_style.value

    params["response_style"] = json_response_style

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/get-contact.json",
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
    response_style: ResponseStyle | Unset = UNSET,
) -> Response[ContactResponse | ErrorResponse]:
    """Get a contact on a list (GET form)

     Returns one contact of a list with its custom field values (by field name). GET form of
    `getContact`: the same fields as query parameters.

    Args:
        list_id (int):
        msisdn (str):
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
    response_style: ResponseStyle | Unset = UNSET,
) -> ContactResponse | ErrorResponse | None:
    """Get a contact on a list (GET form)

     Returns one contact of a list with its custom field values (by field name). GET form of
    `getContact`: the same fields as query parameters.

    Args:
        list_id (int):
        msisdn (str):
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
        response_style=response_style,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    list_id: int,
    msisdn: str,
    response_style: ResponseStyle | Unset = UNSET,
) -> Response[ContactResponse | ErrorResponse]:
    """Get a contact on a list (GET form)

     Returns one contact of a list with its custom field values (by field name). GET form of
    `getContact`: the same fields as query parameters.

    Args:
        list_id (int):
        msisdn (str):
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
        response_style=response_style,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    list_id: int,
    msisdn: str,
    response_style: ResponseStyle | Unset = UNSET,
) -> ContactResponse | ErrorResponse | None:
    """Get a contact on a list (GET form)

     Returns one contact of a list with its custom field values (by field name). GET form of
    `getContact`: the same fields as query parameters.

    Args:
        list_id (int):
        msisdn (str):
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
            response_style=response_style,
        )
    ).parsed
