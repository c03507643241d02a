from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.keywords_filter import KeywordsFilter
from ...models.sms_responses_response import SmsResponsesResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    keywords: KeywordsFilter | Unset = UNSET,
    include_original: bool | Unset = False,
    number: int | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    json_keywords: str | Unset = UNSET
    if not isinstance(keywords, Unset):
        json_keywords = keywords.value

    params["keywords"] = json_keywords

    params["include_original"] = include_original

    params["number"] = number

    params["page"] = page

    params["max"] = max_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/get-user-sms-responses.json",
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
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    keywords: KeywordsFilter | Unset = UNSET,
    include_original: bool | Unset = False,
    number: int | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> Response[ErrorResponse | SmsResponsesResponse]:
    """List all replies received in a time window (GET form)

     Returns every reply and inbound message of the account in a window (default: the last 30 days; at
    most 12 months back). GET form of `getUserSmsResponses`: the same fields as query parameters.

    Args:
        start (str | Unset):
        end (str | Unset):
        keywords (KeywordsFilter | Unset): Keyword-match filter for replies.
        include_original (bool | Unset):  Default: False.
        number (int | Unset):
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsResponsesResponse]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        keywords=keywords,
        include_original=include_original,
        number=number,
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
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    keywords: KeywordsFilter | Unset = UNSET,
    include_original: bool | Unset = False,
    number: int | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> ErrorResponse | SmsResponsesResponse | None:
    """List all replies received in a time window (GET form)

     Returns every reply and inbound message of the account in a window (default: the last 30 days; at
    most 12 months back). GET form of `getUserSmsResponses`: the same fields as query parameters.

    Args:
        start (str | Unset):
        end (str | Unset):
        keywords (KeywordsFilter | Unset): Keyword-match filter for replies.
        include_original (bool | Unset):  Default: False.
        number (int | Unset):
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
        start=start,
        end=end,
        keywords=keywords,
        include_original=include_original,
        number=number,
        page=page,
        max_=max_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    keywords: KeywordsFilter | Unset = UNSET,
    include_original: bool | Unset = False,
    number: int | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> Response[ErrorResponse | SmsResponsesResponse]:
    """List all replies received in a time window (GET form)

     Returns every reply and inbound message of the account in a window (default: the last 30 days; at
    most 12 months back). GET form of `getUserSmsResponses`: the same fields as query parameters.

    Args:
        start (str | Unset):
        end (str | Unset):
        keywords (KeywordsFilter | Unset): Keyword-match filter for replies.
        include_original (bool | Unset):  Default: False.
        number (int | Unset):
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SmsResponsesResponse]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        keywords=keywords,
        include_original=include_original,
        number=number,
        page=page,
        max_=max_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    keywords: KeywordsFilter | Unset = UNSET,
    include_original: bool | Unset = False,
    number: int | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
) -> ErrorResponse | SmsResponsesResponse | None:
    """List all replies received in a time window (GET form)

     Returns every reply and inbound message of the account in a window (default: the last 30 days; at
    most 12 months back). GET form of `getUserSmsResponses`: the same fields as query parameters.

    Args:
        start (str | Unset):
        end (str | Unset):
        keywords (KeywordsFilter | Unset): Keyword-match filter for replies.
        include_original (bool | Unset):  Default: False.
        number (int | Unset):
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
            start=start,
            end=end,
            keywords=keywords,
            include_original=include_original,
            number=number,
            page=page,
            max_=max_,
        )
    ).parsed
