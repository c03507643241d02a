from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.phone_number_response import PhoneNumberResponse
from ...models.update_phone_number_webhook_request import UpdatePhoneNumberWebhookRequest
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: UpdatePhoneNumberWebhookRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/phone-numbers/update",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | PhoneNumberResponse | ValidationError | None:
    if response.status_code == 200:
        response_200 = PhoneNumberResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ApiError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ApiError.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ApiError.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ApiError.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ValidationError.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ApiError.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ApiError | PhoneNumberResponse | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePhoneNumberWebhookRequest,
) -> Response[ApiError | PhoneNumberResponse | ValidationError]:
    """Set the inbound-SMS webhook URL of one phone number

     Incoming messages to the number are then POSTed to `webhook_url` (see the `inboundSms`
    webhook). Answers with the updated phone-number record.

    Args:
        body (UpdatePhoneNumberWebhookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PhoneNumberResponse | ValidationError]
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
    body: UpdatePhoneNumberWebhookRequest,
) -> ApiError | PhoneNumberResponse | ValidationError | None:
    """Set the inbound-SMS webhook URL of one phone number

     Incoming messages to the number are then POSTed to `webhook_url` (see the `inboundSms`
    webhook). Answers with the updated phone-number record.

    Args:
        body (UpdatePhoneNumberWebhookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PhoneNumberResponse | ValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePhoneNumberWebhookRequest,
) -> Response[ApiError | PhoneNumberResponse | ValidationError]:
    """Set the inbound-SMS webhook URL of one phone number

     Incoming messages to the number are then POSTed to `webhook_url` (see the `inboundSms`
    webhook). Answers with the updated phone-number record.

    Args:
        body (UpdatePhoneNumberWebhookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | PhoneNumberResponse | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpdatePhoneNumberWebhookRequest,
) -> ApiError | PhoneNumberResponse | ValidationError | None:
    """Set the inbound-SMS webhook URL of one phone number

     Incoming messages to the number are then POSTed to `webhook_url` (see the `inboundSms`
    webhook). Answers with the updated phone-number record.

    Args:
        body (UpdatePhoneNumberWebhookRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | PhoneNumberResponse | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
