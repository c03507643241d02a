from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_result import ErrorResult
from ...models.send_parametric_sms_request import SendParametricSmsRequest
from ...models.send_sms_result import SendSmsResult
from ...types import Response


def _get_kwargs(
    *,
    body: SendParametricSmsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/paramsms",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResult | SendSmsResult | None:
    if response.status_code == 200:
        response_200 = SendSmsResult.from_dict(response.json())

        return response_200

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
    body: SendParametricSmsRequest,
) -> Response[ErrorResult | SendSmsResult]:
    """Send a template text whose ${placeholders} are filled in per recipient

     Same options as `sendSms`, but `recipients` maps an arbitrary key to a per-recipient object holding
    the
    number (`recipient`) and the values for the `${Name}` placeholders of the text. The 1000-character
    limit applies to each text after substitution. Success is documented as 200 (not 201).

    Args:
        body (SendParametricSmsRequest):

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
    body: SendParametricSmsRequest,
) -> ErrorResult | SendSmsResult | None:
    """Send a template text whose ${placeholders} are filled in per recipient

     Same options as `sendSms`, but `recipients` maps an arbitrary key to a per-recipient object holding
    the
    number (`recipient`) and the values for the `${Name}` placeholders of the text. The 1000-character
    limit applies to each text after substitution. Success is documented as 200 (not 201).

    Args:
        body (SendParametricSmsRequest):

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
    body: SendParametricSmsRequest,
) -> Response[ErrorResult | SendSmsResult]:
    """Send a template text whose ${placeholders} are filled in per recipient

     Same options as `sendSms`, but `recipients` maps an arbitrary key to a per-recipient object holding
    the
    number (`recipient`) and the values for the `${Name}` placeholders of the text. The 1000-character
    limit applies to each text after substitution. Success is documented as 200 (not 201).

    Args:
        body (SendParametricSmsRequest):

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
    body: SendParametricSmsRequest,
) -> ErrorResult | SendSmsResult | None:
    """Send a template text whose ${placeholders} are filled in per recipient

     Same options as `sendSms`, but `recipients` maps an arbitrary key to a per-recipient object holding
    the
    number (`recipient`) and the values for the `${Name}` placeholders of the text. The 1000-character
    limit applies to each text after substitution. Success is documented as 200 (not 201).

    Args:
        body (SendParametricSmsRequest):

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
