from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.outcome_response import OutcomeResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    number: int,
    forward_email: str | Unset = UNSET,
    forward_sms: str | Unset = UNSET,
    forward_url: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    welcome_message: str | Unset = UNSET,
    members_message: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["number"] = number

    params["forward_email"] = forward_email

    params["forward_sms"] = forward_sms

    params["forward_url"] = forward_url

    params["list_id"] = list_id

    params["welcome_message"] = welcome_message

    params["members_message"] = members_message

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/edit-number-options.json",
        "params": params,
    }

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
    number: int,
    forward_email: str | Unset = UNSET,
    forward_sms: str | Unset = UNSET,
    forward_url: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    welcome_message: str | Unset = UNSET,
    members_message: str | Unset = UNSET,
) -> Response[ErrorResponse | OutcomeResponse]:
    """Set what a virtual number does with inbound SMS (GET form)

     Sets the inbound options of a leased number: forward to emails, numbers or a URL, add senders to a
    list, auto-replies for new and existing list members. Options not given are kept. GET form of
    `editNumberOptions`: the same fields as query parameters.

    Args:
        number (int):
        forward_email (str | Unset):
        forward_sms (str | Unset):
        forward_url (str | Unset):
        list_id (int | Unset):
        welcome_message (str | Unset):
        members_message (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OutcomeResponse]
    """

    kwargs = _get_kwargs(
        number=number,
        forward_email=forward_email,
        forward_sms=forward_sms,
        forward_url=forward_url,
        list_id=list_id,
        welcome_message=welcome_message,
        members_message=members_message,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    number: int,
    forward_email: str | Unset = UNSET,
    forward_sms: str | Unset = UNSET,
    forward_url: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    welcome_message: str | Unset = UNSET,
    members_message: str | Unset = UNSET,
) -> ErrorResponse | OutcomeResponse | None:
    """Set what a virtual number does with inbound SMS (GET form)

     Sets the inbound options of a leased number: forward to emails, numbers or a URL, add senders to a
    list, auto-replies for new and existing list members. Options not given are kept. GET form of
    `editNumberOptions`: the same fields as query parameters.

    Args:
        number (int):
        forward_email (str | Unset):
        forward_sms (str | Unset):
        forward_url (str | Unset):
        list_id (int | Unset):
        welcome_message (str | Unset):
        members_message (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OutcomeResponse
    """

    return sync_detailed(
        client=client,
        number=number,
        forward_email=forward_email,
        forward_sms=forward_sms,
        forward_url=forward_url,
        list_id=list_id,
        welcome_message=welcome_message,
        members_message=members_message,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    number: int,
    forward_email: str | Unset = UNSET,
    forward_sms: str | Unset = UNSET,
    forward_url: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    welcome_message: str | Unset = UNSET,
    members_message: str | Unset = UNSET,
) -> Response[ErrorResponse | OutcomeResponse]:
    """Set what a virtual number does with inbound SMS (GET form)

     Sets the inbound options of a leased number: forward to emails, numbers or a URL, add senders to a
    list, auto-replies for new and existing list members. Options not given are kept. GET form of
    `editNumberOptions`: the same fields as query parameters.

    Args:
        number (int):
        forward_email (str | Unset):
        forward_sms (str | Unset):
        forward_url (str | Unset):
        list_id (int | Unset):
        welcome_message (str | Unset):
        members_message (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | OutcomeResponse]
    """

    kwargs = _get_kwargs(
        number=number,
        forward_email=forward_email,
        forward_sms=forward_sms,
        forward_url=forward_url,
        list_id=list_id,
        welcome_message=welcome_message,
        members_message=members_message,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    number: int,
    forward_email: str | Unset = UNSET,
    forward_sms: str | Unset = UNSET,
    forward_url: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    welcome_message: str | Unset = UNSET,
    members_message: str | Unset = UNSET,
) -> ErrorResponse | OutcomeResponse | None:
    """Set what a virtual number does with inbound SMS (GET form)

     Sets the inbound options of a leased number: forward to emails, numbers or a URL, add senders to a
    list, auto-replies for new and existing list members. Options not given are kept. GET form of
    `editNumberOptions`: the same fields as query parameters.

    Args:
        number (int):
        forward_email (str | Unset):
        forward_sms (str | Unset):
        forward_url (str | Unset):
        list_id (int | Unset):
        welcome_message (str | Unset):
        members_message (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | OutcomeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            number=number,
            forward_email=forward_email,
            forward_sms=forward_sms,
            forward_url=forward_url,
            list_id=list_id,
            welcome_message=welcome_message,
            members_message=members_message,
        )
    ).parsed
