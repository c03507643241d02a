from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.send_sms_multipart_request import SendSmsMultipartRequest
from ...models.send_sms_request import SendSmsRequest
from ...models.send_sms_response import SendSmsResponse
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SendSmsRequest | SendSmsMultipartRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/send",
    }

    if isinstance(body, SendSmsRequest):
        if not isinstance(body, Unset):
            _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, SendSmsMultipartRequest):
        if not isinstance(body, Unset):
            _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | ValidationError | SendSmsResponse | None:
    if response.status_code == 200:
        response_200 = SendSmsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:

        def _parse_response_400(data: object) -> ApiError | ValidationError:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_send_sms_bad_request_type_0 = ApiError.from_dict(data)

                return componentsschemas_send_sms_bad_request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_send_sms_bad_request_type_1 = ValidationError.from_dict(data)

            return componentsschemas_send_sms_bad_request_type_1

        response_400 = _parse_response_400(response.json())

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
) -> Response[ApiError | ValidationError | SendSmsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest | SendSmsMultipartRequest | Unset = UNSET,
) -> Response[ApiError | ValidationError | SendSmsResponse]:
    """Send one SMS or MMS from an Easify number

     Sends to a single recipient. Numbers are written without country code; the recipient's
    country goes in `country_code`. Outside the account's opening hours the message is
    scheduled for the next opening unless `force_send` is 1. Easify's DNC registry and chat
    blocks do not stop an API send; only blacklisted numbers are refused. The `sms_id` in
    the answer is what `GET /sms/status` takes.

    Args:
        body (SendSmsRequest | Unset): Send body as JSON. One of `message` and `media` must be
            present (each is required when
            the other is absent).
        body (SendSmsMultipartRequest | Unset): Send body as multipart form data, for attaching a
            media file. One of `message` and
            `media` must be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | ValidationError | SendSmsResponse | ValidationError]
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
    body: SendSmsRequest | SendSmsMultipartRequest | Unset = UNSET,
) -> ApiError | ValidationError | SendSmsResponse | None:
    """Send one SMS or MMS from an Easify number

     Sends to a single recipient. Numbers are written without country code; the recipient's
    country goes in `country_code`. Outside the account's opening hours the message is
    scheduled for the next opening unless `force_send` is 1. Easify's DNC registry and chat
    blocks do not stop an API send; only blacklisted numbers are refused. The `sms_id` in
    the answer is what `GET /sms/status` takes.

    Args:
        body (SendSmsRequest | Unset): Send body as JSON. One of `message` and `media` must be
            present (each is required when
            the other is absent).
        body (SendSmsMultipartRequest | Unset): Send body as multipart form data, for attaching a
            media file. One of `message` and
            `media` must be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | ValidationError | SendSmsResponse | ValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest | SendSmsMultipartRequest | Unset = UNSET,
) -> Response[ApiError | ValidationError | SendSmsResponse]:
    """Send one SMS or MMS from an Easify number

     Sends to a single recipient. Numbers are written without country code; the recipient's
    country goes in `country_code`. Outside the account's opening hours the message is
    scheduled for the next opening unless `force_send` is 1. Easify's DNC registry and chat
    blocks do not stop an API send; only blacklisted numbers are refused. The `sms_id` in
    the answer is what `GET /sms/status` takes.

    Args:
        body (SendSmsRequest | Unset): Send body as JSON. One of `message` and `media` must be
            present (each is required when
            the other is absent).
        body (SendSmsMultipartRequest | Unset): Send body as multipart form data, for attaching a
            media file. One of `message` and
            `media` must be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | ApiError | ValidationError | SendSmsResponse | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsRequest | SendSmsMultipartRequest | Unset = UNSET,
) -> ApiError | ValidationError | SendSmsResponse | None:
    """Send one SMS or MMS from an Easify number

     Sends to a single recipient. Numbers are written without country code; the recipient's
    country goes in `country_code`. Outside the account's opening hours the message is
    scheduled for the next opening unless `force_send` is 1. Easify's DNC registry and chat
    blocks do not stop an API send; only blacklisted numbers are refused. The `sms_id` in
    the answer is what `GET /sms/status` takes.

    Args:
        body (SendSmsRequest | Unset): Send body as JSON. One of `message` and `media` must be
            present (each is required when
            the other is absent).
        body (SendSmsMultipartRequest | Unset): Send body as multipart form data, for attaching a
            media file. One of `message` and
            `media` must be present.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | ApiError | ValidationError | SendSmsResponse | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
