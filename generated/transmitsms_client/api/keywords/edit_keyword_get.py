from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.keyword_response import KeywordResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    keyword: str,
    number: int,
    reference: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    welcome_message: str | Unset = UNSET,
    members_message: str | Unset = UNSET,
    activate: bool | Unset = True,
    forward_url: str | Unset = UNSET,
    forward_email: str | Unset = UNSET,
    forward_sms: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["keyword"] = keyword

    params["number"] = number

    params["reference"] = reference

    params["list_id"] = list_id

    params["welcome_message"] = welcome_message

    params["members_message"] = members_message

    params["activate"] = activate

    params["forward_url"] = forward_url

    params["forward_email"] = forward_email

    params["forward_sms"] = forward_sms

    params["status"] = status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/edit-keyword.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | KeywordResponse | None:
    if response.status_code == 200:
        response_200 = KeywordResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | KeywordResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    keyword: str,
    number: int,
    reference: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    welcome_message: str | Unset = UNSET,
    members_message: str | Unset = UNSET,
    activate: bool | Unset = True,
    forward_url: str | Unset = UNSET,
    forward_email: str | Unset = UNSET,
    forward_sms: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[ErrorResponse | KeywordResponse]:
    """Change a keyword (GET form)

     Updates a keyword identified by its name and virtual number; can also open or close it. GET form of
    `editKeyword`: the same fields as query parameters.

    Args:
        keyword (str):
        number (int):
        reference (str | Unset):
        list_id (int | Unset):
        welcome_message (str | Unset):
        members_message (str | Unset):
        activate (bool | Unset):  Default: True.
        forward_url (str | Unset):
        forward_email (str | Unset):
        forward_sms (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KeywordResponse]
    """

    kwargs = _get_kwargs(
        keyword=keyword,
        number=number,
        reference=reference,
        list_id=list_id,
        welcome_message=welcome_message,
        members_message=members_message,
        activate=activate,
        forward_url=forward_url,
        forward_email=forward_email,
        forward_sms=forward_sms,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    keyword: str,
    number: int,
    reference: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    welcome_message: str | Unset = UNSET,
    members_message: str | Unset = UNSET,
    activate: bool | Unset = True,
    forward_url: str | Unset = UNSET,
    forward_email: str | Unset = UNSET,
    forward_sms: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> ErrorResponse | KeywordResponse | None:
    """Change a keyword (GET form)

     Updates a keyword identified by its name and virtual number; can also open or close it. GET form of
    `editKeyword`: the same fields as query parameters.

    Args:
        keyword (str):
        number (int):
        reference (str | Unset):
        list_id (int | Unset):
        welcome_message (str | Unset):
        members_message (str | Unset):
        activate (bool | Unset):  Default: True.
        forward_url (str | Unset):
        forward_email (str | Unset):
        forward_sms (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KeywordResponse
    """

    return sync_detailed(
        client=client,
        keyword=keyword,
        number=number,
        reference=reference,
        list_id=list_id,
        welcome_message=welcome_message,
        members_message=members_message,
        activate=activate,
        forward_url=forward_url,
        forward_email=forward_email,
        forward_sms=forward_sms,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    keyword: str,
    number: int,
    reference: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    welcome_message: str | Unset = UNSET,
    members_message: str | Unset = UNSET,
    activate: bool | Unset = True,
    forward_url: str | Unset = UNSET,
    forward_email: str | Unset = UNSET,
    forward_sms: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> Response[ErrorResponse | KeywordResponse]:
    """Change a keyword (GET form)

     Updates a keyword identified by its name and virtual number; can also open or close it. GET form of
    `editKeyword`: the same fields as query parameters.

    Args:
        keyword (str):
        number (int):
        reference (str | Unset):
        list_id (int | Unset):
        welcome_message (str | Unset):
        members_message (str | Unset):
        activate (bool | Unset):  Default: True.
        forward_url (str | Unset):
        forward_email (str | Unset):
        forward_sms (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | KeywordResponse]
    """

    kwargs = _get_kwargs(
        keyword=keyword,
        number=number,
        reference=reference,
        list_id=list_id,
        welcome_message=welcome_message,
        members_message=members_message,
        activate=activate,
        forward_url=forward_url,
        forward_email=forward_email,
        forward_sms=forward_sms,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    keyword: str,
    number: int,
    reference: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    welcome_message: str | Unset = UNSET,
    members_message: str | Unset = UNSET,
    activate: bool | Unset = True,
    forward_url: str | Unset = UNSET,
    forward_email: str | Unset = UNSET,
    forward_sms: str | Unset = UNSET,
    status: str | Unset = UNSET,
) -> ErrorResponse | KeywordResponse | None:
    """Change a keyword (GET form)

     Updates a keyword identified by its name and virtual number; can also open or close it. GET form of
    `editKeyword`: the same fields as query parameters.

    Args:
        keyword (str):
        number (int):
        reference (str | Unset):
        list_id (int | Unset):
        welcome_message (str | Unset):
        members_message (str | Unset):
        activate (bool | Unset):  Default: True.
        forward_url (str | Unset):
        forward_email (str | Unset):
        forward_sms (str | Unset):
        status (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | KeywordResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            keyword=keyword,
            number=number,
            reference=reference,
            list_id=list_id,
            welcome_message=welcome_message,
            members_message=members_message,
            activate=activate,
            forward_url=forward_url,
            forward_email=forward_email,
            forward_sms=forward_sms,
            status=status,
        )
    ).parsed
