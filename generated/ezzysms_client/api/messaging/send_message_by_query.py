from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.send_message_response import SendMessageResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    message: str,
    to: str,
    from_: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["username"] = username

    params["password"] = password

    params["message"] = message

    params["to"] = to

    params["from"] = from_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/messaging",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SendMessageResponse | None:
    if response.status_code == 200:
        response_200 = SendMessageResponse.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = SendMessageResponse.from_dict(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = SendMessageResponse.from_dict(response.json())

        return response_202

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorResponse.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 405:
        response_405 = ErrorResponse.from_dict(response.json())

        return response_405

    if response.status_code == 406:
        response_406 = ErrorResponse.from_dict(response.json())

        return response_406

    if response.status_code == 407:
        response_407 = ErrorResponse.from_dict(response.json())

        return response_407

    if response.status_code == 409:
        response_409 = ErrorResponse.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 501:
        response_501 = ErrorResponse.from_dict(response.json())

        return response_501

    if response.status_code == 502:
        response_502 = ErrorResponse.from_dict(response.json())

        return response_502

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | SendMessageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    message: str,
    to: str,
    from_: str | Unset = UNSET,
) -> Response[ErrorResponse | SendMessageResponse]:
    """Send an SMS with query-string parameters

     The same send as `sendMessage`, with every field (credentials included)
    in the URL query. Putting the password in a URL exposes it to logs;
    prefer the POST form with HTTP Basic where possible.

    Args:
        username (str | Unset):
        password (str | Unset):
        message (str): SMS text; a single SMS (160 GSM-7 characters, 70 for UCS-2 by our reading).
        to (str): Recipient number(s), comma-separated without spaces. Documented as E.164
            (`+25671234567`); the samples also use national numbers (`0751234567`).
        from_ (str | Unset): Sender ID or phone number shown to the recipient (length rules not
            documented).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendMessageResponse]
    """

    kwargs = _get_kwargs(
        username=username,
        password=password,
        message=message,
        to=to,
        from_=from_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    message: str,
    to: str,
    from_: str | Unset = UNSET,
) -> ErrorResponse | SendMessageResponse | None:
    """Send an SMS with query-string parameters

     The same send as `sendMessage`, with every field (credentials included)
    in the URL query. Putting the password in a URL exposes it to logs;
    prefer the POST form with HTTP Basic where possible.

    Args:
        username (str | Unset):
        password (str | Unset):
        message (str): SMS text; a single SMS (160 GSM-7 characters, 70 for UCS-2 by our reading).
        to (str): Recipient number(s), comma-separated without spaces. Documented as E.164
            (`+25671234567`); the samples also use national numbers (`0751234567`).
        from_ (str | Unset): Sender ID or phone number shown to the recipient (length rules not
            documented).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendMessageResponse
    """

    return sync_detailed(
        client=client,
        username=username,
        password=password,
        message=message,
        to=to,
        from_=from_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    message: str,
    to: str,
    from_: str | Unset = UNSET,
) -> Response[ErrorResponse | SendMessageResponse]:
    """Send an SMS with query-string parameters

     The same send as `sendMessage`, with every field (credentials included)
    in the URL query. Putting the password in a URL exposes it to logs;
    prefer the POST form with HTTP Basic where possible.

    Args:
        username (str | Unset):
        password (str | Unset):
        message (str): SMS text; a single SMS (160 GSM-7 characters, 70 for UCS-2 by our reading).
        to (str): Recipient number(s), comma-separated without spaces. Documented as E.164
            (`+25671234567`); the samples also use national numbers (`0751234567`).
        from_ (str | Unset): Sender ID or phone number shown to the recipient (length rules not
            documented).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendMessageResponse]
    """

    kwargs = _get_kwargs(
        username=username,
        password=password,
        message=message,
        to=to,
        from_=from_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    username: str | Unset = UNSET,
    password: str | Unset = UNSET,
    message: str,
    to: str,
    from_: str | Unset = UNSET,
) -> ErrorResponse | SendMessageResponse | None:
    """Send an SMS with query-string parameters

     The same send as `sendMessage`, with every field (credentials included)
    in the URL query. Putting the password in a URL exposes it to logs;
    prefer the POST form with HTTP Basic where possible.

    Args:
        username (str | Unset):
        password (str | Unset):
        message (str): SMS text; a single SMS (160 GSM-7 characters, 70 for UCS-2 by our reading).
        to (str): Recipient number(s), comma-separated without spaces. Documented as E.164
            (`+25671234567`); the samples also use national numbers (`0751234567`).
        from_ (str | Unset): Sender ID or phone number shown to the recipient (length rules not
            documented).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendMessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            username=username,
            password=password,
            message=message,
            to=to,
            from_=from_,
        )
    ).parsed
