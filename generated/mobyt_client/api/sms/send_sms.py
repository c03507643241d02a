from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_result import ErrorResult
from ...models.send_sms_request import SendSmsRequest
from ...models.send_sms_result import SendSmsResult
from ...types import Response


def _get_kwargs(
    *,
    body: SendSmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResult | SendSmsResult | None:
    if response.status_code == 201:
        response_201 = SendSmsResult.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = ErrorResult.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResult.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = ErrorResult.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResult | SendSmsResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest,
) -> Response[ErrorResult | SendSmsResult]:
    """Send one text to a list of phone numbers, now or at a scheduled time

     Creates an SMS order. The answer carries the order id (the caller's own `order_id` or a generated
    one),
    which `getSmsState` and `cancelSms` take. With `returnCredits` the `total_sent` figure counts
    credits
    (a long message uses several) instead of messages; with `returnRemaining` the answer also reports
    the
    remaining credit. `allowInvalidRecipients` lets an order go out even if some numbers are invalid.
    Message length: up to 1000 characters with `gsm` encoding, 450 with `ucs2`, possibly 160 on the
    low-quality types. A landing page link (`id_landing`) needs the placeholder
    `%PAGESLINK____________%`
    in the text, and a short link (`short_link_url`) needs `%SHORT_LINK%`.

    Args:
        body (SendSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResult | SendSmsResult]
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
    body: SendSmsRequest,
) -> ErrorResult | SendSmsResult | None:
    """Send one text to a list of phone numbers, now or at a scheduled time

     Creates an SMS order. The answer carries the order id (the caller's own `order_id` or a generated
    one),
    which `getSmsState` and `cancelSms` take. With `returnCredits` the `total_sent` figure counts
    credits
    (a long message uses several) instead of messages; with `returnRemaining` the answer also reports
    the
    remaining credit. `allowInvalidRecipients` lets an order go out even if some numbers are invalid.
    Message length: up to 1000 characters with `gsm` encoding, 450 with `ucs2`, possibly 160 on the
    low-quality types. A landing page link (`id_landing`) needs the placeholder
    `%PAGESLINK____________%`
    in the text, and a short link (`short_link_url`) needs `%SHORT_LINK%`.

    Args:
        body (SendSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResult | SendSmsResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest,
) -> Response[ErrorResult | SendSmsResult]:
    """Send one text to a list of phone numbers, now or at a scheduled time

     Creates an SMS order. The answer carries the order id (the caller's own `order_id` or a generated
    one),
    which `getSmsState` and `cancelSms` take. With `returnCredits` the `total_sent` figure counts
    credits
    (a long message uses several) instead of messages; with `returnRemaining` the answer also reports
    the
    remaining credit. `allowInvalidRecipients` lets an order go out even if some numbers are invalid.
    Message length: up to 1000 characters with `gsm` encoding, 450 with `ucs2`, possibly 160 on the
    low-quality types. A landing page link (`id_landing`) needs the placeholder
    `%PAGESLINK____________%`
    in the text, and a short link (`short_link_url`) needs `%SHORT_LINK%`.

    Args:
        body (SendSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResult | SendSmsResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest,
) -> ErrorResult | SendSmsResult | None:
    """Send one text to a list of phone numbers, now or at a scheduled time

     Creates an SMS order. The answer carries the order id (the caller's own `order_id` or a generated
    one),
    which `getSmsState` and `cancelSms` take. With `returnCredits` the `total_sent` figure counts
    credits
    (a long message uses several) instead of messages; with `returnRemaining` the answer also reports
    the
    remaining credit. `allowInvalidRecipients` lets an order go out even if some numbers are invalid.
    Message length: up to 1000 characters with `gsm` encoding, 450 with `ucs2`, possibly 160 on the
    low-quality types. A landing page link (`id_landing`) needs the placeholder
    `%PAGESLINK____________%`
    in the text, and a short link (`short_link_url`) needs `%SHORT_LINK%`.

    Args:
        body (SendSmsRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResult | SendSmsResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
