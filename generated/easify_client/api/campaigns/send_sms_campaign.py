from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.send_sms_campaign_request import SendSmsCampaignRequest
from ...models.send_sms_campaign_response import SendSmsCampaignResponse
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    *,
    body: SendSmsCampaignRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/sms/campaign/send",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SendSmsCampaignResponse | ValidationError | None:
    if response.status_code == 200:
        response_200 = SendSmsCampaignResponse.from_dict(response.json())

        return response_200

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
) -> Response[ApiError | SendSmsCampaignResponse | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsCampaignRequest,
) -> Response[ApiError | SendSmsCampaignResponse | ValidationError]:
    """Launch a campaign from templates and a CSV of recipients

     Multipart upload only (not JSON). The CSV may hold up to 10,000 recipients, laid out as
    in Easify's sample file. Messages go out from the listed account numbers using the listed
    approved templates, now or at `schedule_time` in `schedule_timezone`. The returned
    `campaign_id` reads the campaign's messages through `GET /sms/campaign/items`.

    Args:
        body (SendSmsCampaignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SendSmsCampaignResponse | ValidationError]
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
    body: SendSmsCampaignRequest,
) -> ApiError | SendSmsCampaignResponse | ValidationError | None:
    """Launch a campaign from templates and a CSV of recipients

     Multipart upload only (not JSON). The CSV may hold up to 10,000 recipients, laid out as
    in Easify's sample file. Messages go out from the listed account numbers using the listed
    approved templates, now or at `schedule_time` in `schedule_timezone`. The returned
    `campaign_id` reads the campaign's messages through `GET /sms/campaign/items`.

    Args:
        body (SendSmsCampaignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SendSmsCampaignResponse | ValidationError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsCampaignRequest,
) -> Response[ApiError | SendSmsCampaignResponse | ValidationError]:
    """Launch a campaign from templates and a CSV of recipients

     Multipart upload only (not JSON). The CSV may hold up to 10,000 recipients, laid out as
    in Easify's sample file. Messages go out from the listed account numbers using the listed
    approved templates, now or at `schedule_time` in `schedule_timezone`. The returned
    `campaign_id` reads the campaign's messages through `GET /sms/campaign/items`.

    Args:
        body (SendSmsCampaignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SendSmsCampaignResponse | ValidationError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendSmsCampaignRequest,
) -> ApiError | SendSmsCampaignResponse | ValidationError | None:
    """Launch a campaign from templates and a CSV of recipients

     Multipart upload only (not JSON). The CSV may hold up to 10,000 recipients, laid out as
    in Easify's sample file. Messages go out from the listed account numbers using the listed
    approved templates, now or at `schedule_time` in `schedule_timezone`. The returned
    `campaign_id` reads the campaign's messages through `GET /sms/campaign/items`.

    Args:
        body (SendSmsCampaignRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SendSmsCampaignResponse | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
