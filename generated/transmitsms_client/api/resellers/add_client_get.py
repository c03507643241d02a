from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.client_response import ClientResponse
from ...models.error_response import ErrorResponse
from ...models.payment_method import PaymentMethod
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    name: str,
    contact: str | Unset = UNSET,
    email: str,
    password: str,
    msisdn: str,
    timezone: str | Unset = UNSET,
    api_secret: str | Unset = UNSET,
    client_pays: bool | Unset = True,
    sms_margin: float | Unset = UNSET,
    number_margin: float | Unset = UNSET,
    payment_method: PaymentMethod | Unset = UNSET,
    fixed_top_up_amount: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["name"] = name

    params["contact"] = contact

    params["email"] = email

    params["password"] = password

    params["msisdn"] = msisdn

    params["timezone"] = timezone

    params["api_secret"] = api_secret

    params["client_pays"] = client_pays

    params["sms_margin"] = sms_margin

    params["number_margin"] = number_margin

    json_payment_method: str | Unset = UNSET
    if not isinstance(payment_method, Unset):
        json_payment_method = payment_method.value

    params["payment_method"] = json_payment_method

    params["fixed_top_up_amount"] = fixed_top_up_amount

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/add-client.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClientResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = ClientResponse.from_dict(response.json())

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
) -> Response[ClientResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    contact: str | Unset = UNSET,
    email: str,
    password: str,
    msisdn: str,
    timezone: str | Unset = UNSET,
    api_secret: str | Unset = UNSET,
    client_pays: bool | Unset = True,
    sms_margin: float | Unset = UNSET,
    number_margin: float | Unset = UNSET,
    payment_method: PaymentMethod | Unset = UNSET,
    fixed_top_up_amount: float | Unset = UNSET,
) -> Response[ClientResponse | ErrorResponse]:
    """Create a client account (resellers) (GET form)

     Creates a client account under the reseller. Only reseller accounts may call it. GET form of
    `addClient`: the same fields as query parameters.

    Args:
        name (str):
        contact (str | Unset):
        email (str):
        password (str):
        msisdn (str):
        timezone (str | Unset):
        api_secret (str | Unset):
        client_pays (bool | Unset):  Default: True.
        sms_margin (float | Unset):
        number_margin (float | Unset):
        payment_method (PaymentMethod | Unset): How a client account is topped up.
        fixed_top_up_amount (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        contact=contact,
        email=email,
        password=password,
        msisdn=msisdn,
        timezone=timezone,
        api_secret=api_secret,
        client_pays=client_pays,
        sms_margin=sms_margin,
        number_margin=number_margin,
        payment_method=payment_method,
        fixed_top_up_amount=fixed_top_up_amount,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    contact: str | Unset = UNSET,
    email: str,
    password: str,
    msisdn: str,
    timezone: str | Unset = UNSET,
    api_secret: str | Unset = UNSET,
    client_pays: bool | Unset = True,
    sms_margin: float | Unset = UNSET,
    number_margin: float | Unset = UNSET,
    payment_method: PaymentMethod | Unset = UNSET,
    fixed_top_up_amount: float | Unset = UNSET,
) -> ClientResponse | ErrorResponse | None:
    """Create a client account (resellers) (GET form)

     Creates a client account under the reseller. Only reseller accounts may call it. GET form of
    `addClient`: the same fields as query parameters.

    Args:
        name (str):
        contact (str | Unset):
        email (str):
        password (str):
        msisdn (str):
        timezone (str | Unset):
        api_secret (str | Unset):
        client_pays (bool | Unset):  Default: True.
        sms_margin (float | Unset):
        number_margin (float | Unset):
        payment_method (PaymentMethod | Unset): How a client account is topped up.
        fixed_top_up_amount (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        name=name,
        contact=contact,
        email=email,
        password=password,
        msisdn=msisdn,
        timezone=timezone,
        api_secret=api_secret,
        client_pays=client_pays,
        sms_margin=sms_margin,
        number_margin=number_margin,
        payment_method=payment_method,
        fixed_top_up_amount=fixed_top_up_amount,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    contact: str | Unset = UNSET,
    email: str,
    password: str,
    msisdn: str,
    timezone: str | Unset = UNSET,
    api_secret: str | Unset = UNSET,
    client_pays: bool | Unset = True,
    sms_margin: float | Unset = UNSET,
    number_margin: float | Unset = UNSET,
    payment_method: PaymentMethod | Unset = UNSET,
    fixed_top_up_amount: float | Unset = UNSET,
) -> Response[ClientResponse | ErrorResponse]:
    """Create a client account (resellers) (GET form)

     Creates a client account under the reseller. Only reseller accounts may call it. GET form of
    `addClient`: the same fields as query parameters.

    Args:
        name (str):
        contact (str | Unset):
        email (str):
        password (str):
        msisdn (str):
        timezone (str | Unset):
        api_secret (str | Unset):
        client_pays (bool | Unset):  Default: True.
        sms_margin (float | Unset):
        number_margin (float | Unset):
        payment_method (PaymentMethod | Unset): How a client account is topped up.
        fixed_top_up_amount (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClientResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        name=name,
        contact=contact,
        email=email,
        password=password,
        msisdn=msisdn,
        timezone=timezone,
        api_secret=api_secret,
        client_pays=client_pays,
        sms_margin=sms_margin,
        number_margin=number_margin,
        payment_method=payment_method,
        fixed_top_up_amount=fixed_top_up_amount,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    name: str,
    contact: str | Unset = UNSET,
    email: str,
    password: str,
    msisdn: str,
    timezone: str | Unset = UNSET,
    api_secret: str | Unset = UNSET,
    client_pays: bool | Unset = True,
    sms_margin: float | Unset = UNSET,
    number_margin: float | Unset = UNSET,
    payment_method: PaymentMethod | Unset = UNSET,
    fixed_top_up_amount: float | Unset = UNSET,
) -> ClientResponse | ErrorResponse | None:
    """Create a client account (resellers) (GET form)

     Creates a client account under the reseller. Only reseller accounts may call it. GET form of
    `addClient`: the same fields as query parameters.

    Args:
        name (str):
        contact (str | Unset):
        email (str):
        password (str):
        msisdn (str):
        timezone (str | Unset):
        api_secret (str | Unset):
        client_pays (bool | Unset):  Default: True.
        sms_margin (float | Unset):
        number_margin (float | Unset):
        payment_method (PaymentMethod | Unset): How a client account is topped up.
        fixed_top_up_amount (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClientResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            name=name,
            contact=contact,
            email=email,
            password=password,
            msisdn=msisdn,
            timezone=timezone,
            api_secret=api_secret,
            client_pays=client_pays,
            sms_margin=sms_margin,
            number_margin=number_margin,
            payment_method=payment_method,
            fixed_top_up_amount=fixed_top_up_amount,
        )
    ).parsed
