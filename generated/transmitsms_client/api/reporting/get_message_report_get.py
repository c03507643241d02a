from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.get_message_report_get_type import GetMessageReportGetType
from ...models.message_report_response import MessageReportResponse
from ...models.response_style import ResponseStyle
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    number: int | Unset = UNSET,
    type_: GetMessageReportGetType | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
    response_style: ResponseStyle | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start"] = start

    params["end"] = end

    params["list_id"] = list_id

    params["number"] = number

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params["page"] = page

    params["max"] = max_

    json_response_style: str | Unset = UNSET
    if not isinstance(response_style, Unset):
        json_response_style = response_style.value

    params["response_style"] = json_response_style

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/get-message-report.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | MessageReportResponse | None:
    if response.status_code == 200:
        response_200 = MessageReportResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | MessageReportResponse]:
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
    list_id: int | Unset = UNSET,
    number: int | Unset = UNSET,
    type_: GetMessageReportGetType | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
    response_style: ResponseStyle | Unset = UNSET,
) -> Response[ErrorResponse | MessageReportResponse]:
    """Report on the messages sent in a window (GET form)

     Lists the messages (campaigns and single sends) sent between `start` and `end` (within 30 days;
    neither: the last 24 hours) with their counters; a message to one number names it, and with
    `list_id` carries that contact's name and custom fields. GET form of `getMessageReport`: the same
    fields as query parameters.

    Args:
        start (str | Unset):
        end (str | Unset):
        list_id (int | Unset):
        number (int | Unset):
        type_ (GetMessageReportGetType | Unset):
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.
        response_style (ResponseStyle | Unset): `array` returns custom fields as a list of
            name/value pairs instead of an object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageReportResponse]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        list_id=list_id,
        number=number,
        type_=type_,
        page=page,
        max_=max_,
        response_style=response_style,
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
    list_id: int | Unset = UNSET,
    number: int | Unset = UNSET,
    type_: GetMessageReportGetType | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
    response_style: ResponseStyle | Unset = UNSET,
) -> ErrorResponse | MessageReportResponse | None:
    """Report on the messages sent in a window (GET form)

     Lists the messages (campaigns and single sends) sent between `start` and `end` (within 30 days;
    neither: the last 24 hours) with their counters; a message to one number names it, and with
    `list_id` carries that contact's name and custom fields. GET form of `getMessageReport`: the same
    fields as query parameters.

    Args:
        start (str | Unset):
        end (str | Unset):
        list_id (int | Unset):
        number (int | Unset):
        type_ (GetMessageReportGetType | Unset):
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.
        response_style (ResponseStyle | Unset): `array` returns custom fields as a list of
            name/value pairs instead of an object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageReportResponse
    """

    return sync_detailed(
        client=client,
        start=start,
        end=end,
        list_id=list_id,
        number=number,
        type_=type_,
        page=page,
        max_=max_,
        response_style=response_style,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    number: int | Unset = UNSET,
    type_: GetMessageReportGetType | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
    response_style: ResponseStyle | Unset = UNSET,
) -> Response[ErrorResponse | MessageReportResponse]:
    """Report on the messages sent in a window (GET form)

     Lists the messages (campaigns and single sends) sent between `start` and `end` (within 30 days;
    neither: the last 24 hours) with their counters; a message to one number names it, and with
    `list_id` carries that contact's name and custom fields. GET form of `getMessageReport`: the same
    fields as query parameters.

    Args:
        start (str | Unset):
        end (str | Unset):
        list_id (int | Unset):
        number (int | Unset):
        type_ (GetMessageReportGetType | Unset):
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.
        response_style (ResponseStyle | Unset): `array` returns custom fields as a list of
            name/value pairs instead of an object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | MessageReportResponse]
    """

    kwargs = _get_kwargs(
        start=start,
        end=end,
        list_id=list_id,
        number=number,
        type_=type_,
        page=page,
        max_=max_,
        response_style=response_style,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start: str | Unset = UNSET,
    end: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    number: int | Unset = UNSET,
    type_: GetMessageReportGetType | Unset = UNSET,
    page: int | Unset = 1,
    max_: int | Unset = 10,
    response_style: ResponseStyle | Unset = UNSET,
) -> ErrorResponse | MessageReportResponse | None:
    """Report on the messages sent in a window (GET form)

     Lists the messages (campaigns and single sends) sent between `start` and `end` (within 30 days;
    neither: the last 24 hours) with their counters; a message to one number names it, and with
    `list_id` carries that contact's name and custom fields. GET form of `getMessageReport`: the same
    fields as query parameters.

    Args:
        start (str | Unset):
        end (str | Unset):
        list_id (int | Unset):
        number (int | Unset):
        type_ (GetMessageReportGetType | Unset):
        page (int | Unset):  Default: 1.
        max_ (int | Unset):  Default: 10.
        response_style (ResponseStyle | Unset): `array` returns custom fields as a list of
            name/value pairs instead of an object.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | MessageReportResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start=start,
            end=end,
            list_id=list_id,
            number=number,
            type_=type_,
            page=page,
            max_=max_,
            response_style=response_style,
        )
    ).parsed
