from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_success_response import EmailSuccessResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    email: str,
    max_sms: int | Unset = 1,
    number: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["email"] = email

    params["max_sms"] = max_sms

    params["number"] = number

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/add-email.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EmailSuccessResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = EmailSuccessResponse.from_dict(response.json())

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
) -> Response[EmailSuccessResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    email: str,
    max_sms: int | Unset = 1,
    number: int | Unset = UNSET,
) -> Response[EmailSuccessResponse | ErrorResponse]:
    """Allow an email address to send SMS by email (GET form)

     Registers an address (or every address of a domain, as `*@example.com`) for Email to SMS, with the
    most SMS parts one email may become and optionally the virtual number it sends from. Registering an
    address again replaces its settings. GET form of `addEmail`: the same fields as query parameters.

    Args:
        email (str):
        max_sms (int | Unset):  Default: 1.
        number (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailSuccessResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        email=email,
        max_sms=max_sms,
        number=number,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    email: str,
    max_sms: int | Unset = 1,
    number: int | Unset = UNSET,
) -> EmailSuccessResponse | ErrorResponse | None:
    """Allow an email address to send SMS by email (GET form)

     Registers an address (or every address of a domain, as `*@example.com`) for Email to SMS, with the
    most SMS parts one email may become and optionally the virtual number it sends from. Registering an
    address again replaces its settings. GET form of `addEmail`: the same fields as query parameters.

    Args:
        email (str):
        max_sms (int | Unset):  Default: 1.
        number (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailSuccessResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        email=email,
        max_sms=max_sms,
        number=number,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    email: str,
    max_sms: int | Unset = 1,
    number: int | Unset = UNSET,
) -> Response[EmailSuccessResponse | ErrorResponse]:
    """Allow an email address to send SMS by email (GET form)

     Registers an address (or every address of a domain, as `*@example.com`) for Email to SMS, with the
    most SMS parts one email may become and optionally the virtual number it sends from. Registering an
    address again replaces its settings. GET form of `addEmail`: the same fields as query parameters.

    Args:
        email (str):
        max_sms (int | Unset):  Default: 1.
        number (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailSuccessResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        email=email,
        max_sms=max_sms,
        number=number,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    email: str,
    max_sms: int | Unset = 1,
    number: int | Unset = UNSET,
) -> EmailSuccessResponse | ErrorResponse | None:
    """Allow an email address to send SMS by email (GET form)

     Registers an address (or every address of a domain, as `*@example.com`) for Email to SMS, with the
    most SMS parts one email may become and optionally the virtual number it sends from. Registering an
    address again replaces its settings. GET form of `addEmail`: the same fields as query parameters.

    Args:
        email (str):
        max_sms (int | Unset):  Default: 1.
        number (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailSuccessResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            email=email,
            max_sms=max_sms,
            number=number,
        )
    ).parsed
