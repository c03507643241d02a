import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.api_error import ApiError
from ...models.get_sms_report_order import GetSmsReportOrder
from ...models.sms_record_list import SmsRecordList
from ...models.sms_status_filter import SmsStatusFilter
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    from_date: datetime.date,
    to_date: datetime.date,
    limit: int | Unset = 10,
    page: int | Unset = UNSET,
    status: SmsStatusFilter | Unset = UNSET,
    sender: str | Unset = UNSET,
    receiver: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    order: GetSmsReportOrder | Unset = GetSmsReportOrder.DESC,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_from_date = from_date.isoformat()
    params["from_date"] = json_from_date

    json_to_date = to_date.isoformat()
    params["to_date"] = json_to_date

    params["limit"] = limit

    params["page"] = page

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["sender"] = sender

    params["receiver"] = receiver

    params["country_code"] = country_code

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/sms/report",
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
    from_date: datetime.date,
    to_date: datetime.date,
    limit: int | Unset = 10,
    page: int | Unset = UNSET,
    status: SmsStatusFilter | Unset = UNSET,
    sender: str | Unset = UNSET,
    receiver: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    order: GetSmsReportOrder | Unset = GetSmsReportOrder.DESC,
) -> Response[ApiError | SmsRecordList | ValidationError]:
    """List sent messages over a date range, with filters

     The range `from_date`..`to_date` may span at most 30 days. `receiver` and
    `country_code` filter together: give both or neither.

    Args:
        from_date (datetime.date):
        to_date (datetime.date):
        limit (int | Unset):  Default: 10.
        page (int | Unset):
        status (SmsStatusFilter | Unset): The status a report is narrowed to (one of the
            documented status words).
        sender (str | Unset):
        receiver (str | Unset):
        country_code (str | Unset): A country calling code with its leading `+`.
        order (GetSmsReportOrder | Unset):  Default: GetSmsReportOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SmsRecordList | ValidationError]
    """

    kwargs = _get_kwargs(
        from_date=from_date,
        to_date=to_date,
        limit=limit,
        page=page,
        status=status,
        sender=sender,
        receiver=receiver,
        country_code=country_code,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.date,
    to_date: datetime.date,
    limit: int | Unset = 10,
    page: int | Unset = UNSET,
    status: SmsStatusFilter | Unset = UNSET,
    sender: str | Unset = UNSET,
    receiver: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    order: GetSmsReportOrder | Unset = GetSmsReportOrder.DESC,
) -> ApiError | SmsRecordList | ValidationError | None:
    """List sent messages over a date range, with filters

     The range `from_date`..`to_date` may span at most 30 days. `receiver` and
    `country_code` filter together: give both or neither.

    Args:
        from_date (datetime.date):
        to_date (datetime.date):
        limit (int | Unset):  Default: 10.
        page (int | Unset):
        status (SmsStatusFilter | Unset): The status a report is narrowed to (one of the
            documented status words).
        sender (str | Unset):
        receiver (str | Unset):
        country_code (str | Unset): A country calling code with its leading `+`.
        order (GetSmsReportOrder | Unset):  Default: GetSmsReportOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SmsRecordList | ValidationError
    """

    return sync_detailed(
        client=client,
        from_date=from_date,
        to_date=to_date,
        limit=limit,
        page=page,
        status=status,
        sender=sender,
        receiver=receiver,
        country_code=country_code,
        order=order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.date,
    to_date: datetime.date,
    limit: int | Unset = 10,
    page: int | Unset = UNSET,
    status: SmsStatusFilter | Unset = UNSET,
    sender: str | Unset = UNSET,
    receiver: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    order: GetSmsReportOrder | Unset = GetSmsReportOrder.DESC,
) -> Response[ApiError | SmsRecordList | ValidationError]:
    """List sent messages over a date range, with filters

     The range `from_date`..`to_date` may span at most 30 days. `receiver` and
    `country_code` filter together: give both or neither.

    Args:
        from_date (datetime.date):
        to_date (datetime.date):
        limit (int | Unset):  Default: 10.
        page (int | Unset):
        status (SmsStatusFilter | Unset): The status a report is narrowed to (one of the
            documented status words).
        sender (str | Unset):
        receiver (str | Unset):
        country_code (str | Unset): A country calling code with its leading `+`.
        order (GetSmsReportOrder | Unset):  Default: GetSmsReportOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApiError | SmsRecordList | ValidationError]
    """

    kwargs = _get_kwargs(
        from_date=from_date,
        to_date=to_date,
        limit=limit,
        page=page,
        status=status,
        sender=sender,
        receiver=receiver,
        country_code=country_code,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    from_date: datetime.date,
    to_date: datetime.date,
    limit: int | Unset = 10,
    page: int | Unset = UNSET,
    status: SmsStatusFilter | Unset = UNSET,
    sender: str | Unset = UNSET,
    receiver: str | Unset = UNSET,
    country_code: str | Unset = UNSET,
    order: GetSmsReportOrder | Unset = GetSmsReportOrder.DESC,
) -> ApiError | SmsRecordList | ValidationError | None:
    """List sent messages over a date range, with filters

     The range `from_date`..`to_date` may span at most 30 days. `receiver` and
    `country_code` filter together: give both or neither.

    Args:
        from_date (datetime.date):
        to_date (datetime.date):
        limit (int | Unset):  Default: 10.
        page (int | Unset):
        status (SmsStatusFilter | Unset): The status a report is narrowed to (one of the
            documented status words).
        sender (str | Unset):
        receiver (str | Unset):
        country_code (str | Unset): A country calling code with its leading `+`.
        order (GetSmsReportOrder | Unset):  Default: GetSmsReportOrder.DESC.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApiError | SmsRecordList | ValidationError
    """

    return (
        await asyncio_detailed(
            client=client,
            from_date=from_date,
            to_date=to_date,
            limit=limit,
            page=page,
            status=status,
            sender=sender,
            receiver=receiver,
            country_code=country_code,
            order=order,
        )
    ).parsed
