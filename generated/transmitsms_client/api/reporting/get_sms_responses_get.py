from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.sms_responses_response import SmsResponsesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    message_id: int | Unset = UNSET,
    keyword_id: int | Unset = UNSET,
    keyword: str | Unset = UNSET,
    number: int | Unset = UNSET,
    msisdn: int | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    include_original: bool | Unset = False,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["message_id"] = message_id

    params["keyword_id"] = keyword_id

    params["keyword"] = keyword

    params["number"] = number

    params["msisdn"] = msisdn

    params["start"] = start

    params["end"] = end

    params["include_original"] = include_original

    params["page"] = page

    params["max"] = max_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/get-sms-responses.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SmsResponsesResponse | None:
    if response.status_code == 200:
        response_200 = SmsResponsesResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SmsResponsesResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    message_id: int | Unset = UNSET,
    keyword_id: int | Unset = UNSET,
    keyword: str | Unset = UNSET,
    number: int | Unset = UNSET,
    msisdn: int | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    include_original: bool | Unset = False,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> Response[ErrorResponse | SmsResponsesResponse]:
    """List replies to a message or keyword (GET form)

     Returns replies selected by message, keyword identifier, or keyword name plus virtual number (one of
    the three is required). Without `start`/`end` the last 30 days are searched; dates must fall within
    the last 12 months. GET form of `getSmsResponses`: the same fields as query parameters.

    Args:
        message_id (int | Unset):
        keyword_id (int | Unset):
        keyword (str | Unset):
        number (int | Unset):
        msisdn (int | Unset):
        start (str | Unset):
        end (str | Unset):
        include_original (bool | Unset):  Default: False.
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsResponsesResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        keyword_id=keyword_id,
        keyword=keyword,
        number=number,
        msisdn=msisdn,
        start=start,
        end=end,
        include_original=include_original,
        page=page,
        max_=max_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    message_id: int | Unset = UNSET,
    keyword_id: int | Unset = UNSET,
    keyword: str | Unset = UNSET,
    number: int | Unset = UNSET,
    msisdn: int | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    include_original: bool | Unset = False,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> ErrorResponse | SmsResponsesResponse | None:
    """List replies to a message or keyword (GET form)

     Returns replies selected by message, keyword identifier, or keyword name plus virtual number (one of
    the three is required). Without `start`/`end` the last 30 days are searched; dates must fall within
    the last 12 months. GET form of `getSmsResponses`: the same fields as query parameters.

    Args:
        message_id (int | Unset):
        keyword_id (int | Unset):
        keyword (str | Unset):
        number (int | Unset):
        msisdn (int | Unset):
        start (str | Unset):
        end (str | Unset):
        include_original (bool | Unset):  Default: False.
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsResponsesResponse
    """

    return sync_detailed(
        client=client,
        message_id=message_id,
        keyword_id=keyword_id,
        keyword=keyword,
        number=number,
        msisdn=msisdn,
        start=start,
        end=end,
        include_original=include_original,
        page=page,
        max_=max_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    message_id: int | Unset = UNSET,
    keyword_id: int | Unset = UNSET,
    keyword: str | Unset = UNSET,
    number: int | Unset = UNSET,
    msisdn: int | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    include_original: bool | Unset = False,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> Response[ErrorResponse | SmsResponsesResponse]:
    """List replies to a message or keyword (GET form)

     Returns replies selected by message, keyword identifier, or keyword name plus virtual number (one of
    the three is required). Without `start`/`end` the last 30 days are searched; dates must fall within
    the last 12 months. GET form of `getSmsResponses`: the same fields as query parameters.

    Args:
        message_id (int | Unset):
        keyword_id (int | Unset):
        keyword (str | Unset):
        number (int | Unset):
        msisdn (int | Unset):
        start (str | Unset):
        end (str | Unset):
        include_original (bool | Unset):  Default: False.
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsResponsesResponse]
    """

    kwargs = _get_kwargs(
        message_id=message_id,
        keyword_id=keyword_id,
        keyword=keyword,
        number=number,
        msisdn=msisdn,
        start=start,
        end=end,
        include_original=include_original,
        page=page,
        max_=max_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    message_id: int | Unset = UNSET,
    keyword_id: int | Unset = UNSET,
    keyword: str | Unset = UNSET,
    number: int | Unset = UNSET,
    msisdn: int | Unset = UNSET,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    include_original: bool | Unset = False,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> ErrorResponse | SmsResponsesResponse | None:
    """List replies to a message or keyword (GET form)

     Returns replies selected by message, keyword identifier, or keyword name plus virtual number (one of
    the three is required). Without `start`/`end` the last 30 days are searched; dates must fall within
    the last 12 months. GET form of `getSmsResponses`: the same fields as query parameters.

    Args:
        message_id (int | Unset):
        keyword_id (int | Unset):
        keyword (str | Unset):
        number (int | Unset):
        msisdn (int | Unset):
        start (str | Unset):
        end (str | Unset):
        include_original (bool | Unset):  Default: False.
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SmsResponsesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            message_id=message_id,
            keyword_id=keyword_id,
            keyword=keyword,
            number=number,
            msisdn=msisdn,
            start=start,
            end=end,
            include_original=include_original,
            page=page,
            max_=max_,
        )
    ).parsed
