from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.sms_record_list import SmsRecordList
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    sender: str,
    receiver: str,
    country_code: str,
    limit: int | Unset = 10,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sender"] = sender

    params["receiver"] = receiver

    params["country_code"] = country_code

    params["limit"] = limit

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/chat-history",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ApiError | SmsRecordList | ValidationError | None:
    if response.status_code == 200:
        response_200 = SmsRecordList.from_dict(response.json())

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
) -> Response[ApiError | SmsRecordList | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sender: str,
    receiver: str,
    country_code: str,
    limit: int | Unset = 10,
    page: int | Unset = UNSET,
) -> Response[ApiError | SmsRecordList | ValidationError]:
    """Read the conversation between one account number and one contact

    Args:
        sender (str):
        receiver (str):
        country_code (str): A country calling code with its leading `+`.
        limit (int | Unset):  Default: 10.
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SmsRecordList | ValidationError]
    """

    kwargs = _get_kwargs(
        sender=sender,
        receiver=receiver,
        country_code=country_code,
        limit=limit,
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sender: str,
    receiver: str,
    country_code: str,
    limit: int | Unset = 10,
    page: int | Unset = UNSET,
) -> ApiError | SmsRecordList | ValidationError | None:
    """Read the conversation between one account number and one contact

    Args:
        sender (str):
        receiver (str):
        country_code (str): A country calling code with its leading `+`.
        limit (int | Unset):  Default: 10.
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SmsRecordList | ValidationError
    """

    return sync_detailed(
        client=client,
        sender=sender,
        receiver=receiver,
        country_code=country_code,
        limit=limit,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sender: str,
    receiver: str,
    country_code: str,
    limit: int | Unset = 10,
    page: int | Unset = UNSET,
) -> Response[ApiError | SmsRecordList | ValidationError]:
    """Read the conversation between one account number and one contact

    Args:
        sender (str):
        receiver (str):
        country_code (str): A country calling code with its leading `+`.
        limit (int | Unset):  Default: 10.
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SmsRecordList | ValidationError]
    """

    kwargs = _get_kwargs(
        sender=sender,
        receiver=receiver,
        country_code=country_code,
        limit=limit,
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sender: str,
    receiver: str,
    country_code: str,
    limit: int | Unset = 10,
    page: int | Unset = UNSET,
) -> ApiError | SmsRecordList | ValidationError | None:
    """Read the conversation between one account number and one contact

    Args:
        sender (str):
        receiver (str):
        country_code (str): A country calling code with its leading `+`.
        limit (int | Unset):  Default: 10.
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SmsRecordList | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            sender=sender,
            receiver=receiver,
            country_code=country_code,
            limit=limit,
            page=page,
        )
    ).parsed
