from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.send_sms_error_response import SendSmsErrorResponse
from ...models.send_sms_response import SendSmsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    message: str,
    to: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    countrycode: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    validity: int | Unset = UNSET,
    replies_to_email: str | Unset = UNSET,
    tracked_link_url: str | Unset = UNSET,
    link_hits_callback: str | Unset = UNSET,
    dlr_callback: str | Unset = UNSET,
    reply_callback: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["message"] = message

    params["to"] = to

    params["list_id"] = list_id

    params["countrycode"] = countrycode

    params["from"] = from_

    params["send_at"] = send_at

    params["validity"] = validity

    params["replies_to_email"] = replies_to_email

    params["tracked_link_url"] = tracked_link_url

    params["link_hits_callback"] = link_hits_callback

    params["dlr_callback"] = dlr_callback

    params["reply_callback"] = reply_callback

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/send-sms.json",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | SendSmsErrorResponse | SendSmsResponse | None:
    if response.status_code == 200:
        response_200 = SendSmsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SendSmsErrorResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | SendSmsErrorResponse | SendSmsResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    message: str,
    to: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    countrycode: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    validity: int | Unset = UNSET,
    replies_to_email: str | Unset = UNSET,
    tracked_link_url: str | Unset = UNSET,
    link_hits_callback: str | Unset = UNSET,
    dlr_callback: str | Unset = UNSET,
    reply_callback: str | Unset = UNSET,
) -> Response[ErrorResponse | SendSmsErrorResponse | SendSmsResponse]:
    """Send an SMS to numbers or to a contact list (GET form)

     Sends one message to up to 500 comma-separated numbers (`to`) or to every active member of a list
    (`list_id`); exactly one of the two must be given. Numbers that fail validation are dropped
    silently; the call fails only when none is left. The message may be scheduled (`send_at`) and may
    carry per-message callback URLs, which take precedence over the account defaults. GET form of
    `sendSms`: the same fields as query parameters.

    Args:
        message (str):
        to (str | Unset):
        list_id (int | Unset):
        countrycode (str | Unset):
        from_ (str | Unset):
        send_at (str | Unset):
        validity (int | Unset):
        replies_to_email (str | Unset):
        tracked_link_url (str | Unset):
        link_hits_callback (str | Unset):
        dlr_callback (str | Unset):
        reply_callback (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendSmsErrorResponse | SendSmsResponse]
    """

    kwargs = _get_kwargs(
        message=message,
        to=to,
        list_id=list_id,
        countrycode=countrycode,
        from_=from_,
        send_at=send_at,
        validity=validity,
        replies_to_email=replies_to_email,
        tracked_link_url=tracked_link_url,
        link_hits_callback=link_hits_callback,
        dlr_callback=dlr_callback,
        reply_callback=reply_callback,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    message: str,
    to: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    countrycode: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    validity: int | Unset = UNSET,
    replies_to_email: str | Unset = UNSET,
    tracked_link_url: str | Unset = UNSET,
    link_hits_callback: str | Unset = UNSET,
    dlr_callback: str | Unset = UNSET,
    reply_callback: str | Unset = UNSET,
) -> ErrorResponse | SendSmsErrorResponse | SendSmsResponse | None:
    """Send an SMS to numbers or to a contact list (GET form)

     Sends one message to up to 500 comma-separated numbers (`to`) or to every active member of a list
    (`list_id`); exactly one of the two must be given. Numbers that fail validation are dropped
    silently; the call fails only when none is left. The message may be scheduled (`send_at`) and may
    carry per-message callback URLs, which take precedence over the account defaults. GET form of
    `sendSms`: the same fields as query parameters.

    Args:
        message (str):
        to (str | Unset):
        list_id (int | Unset):
        countrycode (str | Unset):
        from_ (str | Unset):
        send_at (str | Unset):
        validity (int | Unset):
        replies_to_email (str | Unset):
        tracked_link_url (str | Unset):
        link_hits_callback (str | Unset):
        dlr_callback (str | Unset):
        reply_callback (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendSmsErrorResponse | SendSmsResponse
    """

    return sync_detailed(
        client=client,
        message=message,
        to=to,
        list_id=list_id,
        countrycode=countrycode,
        from_=from_,
        send_at=send_at,
        validity=validity,
        replies_to_email=replies_to_email,
        tracked_link_url=tracked_link_url,
        link_hits_callback=link_hits_callback,
        dlr_callback=dlr_callback,
        reply_callback=reply_callback,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    message: str,
    to: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    countrycode: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    validity: int | Unset = UNSET,
    replies_to_email: str | Unset = UNSET,
    tracked_link_url: str | Unset = UNSET,
    link_hits_callback: str | Unset = UNSET,
    dlr_callback: str | Unset = UNSET,
    reply_callback: str | Unset = UNSET,
) -> Response[ErrorResponse | SendSmsErrorResponse | SendSmsResponse]:
    """Send an SMS to numbers or to a contact list (GET form)

     Sends one message to up to 500 comma-separated numbers (`to`) or to every active member of a list
    (`list_id`); exactly one of the two must be given. Numbers that fail validation are dropped
    silently; the call fails only when none is left. The message may be scheduled (`send_at`) and may
    carry per-message callback URLs, which take precedence over the account defaults. GET form of
    `sendSms`: the same fields as query parameters.

    Args:
        message (str):
        to (str | Unset):
        list_id (int | Unset):
        countrycode (str | Unset):
        from_ (str | Unset):
        send_at (str | Unset):
        validity (int | Unset):
        replies_to_email (str | Unset):
        tracked_link_url (str | Unset):
        link_hits_callback (str | Unset):
        dlr_callback (str | Unset):
        reply_callback (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | SendSmsErrorResponse | SendSmsResponse]
    """

    kwargs = _get_kwargs(
        message=message,
        to=to,
        list_id=list_id,
        countrycode=countrycode,
        from_=from_,
        send_at=send_at,
        validity=validity,
        replies_to_email=replies_to_email,
        tracked_link_url=tracked_link_url,
        link_hits_callback=link_hits_callback,
        dlr_callback=dlr_callback,
        reply_callback=reply_callback,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    message: str,
    to: str | Unset = UNSET,
    list_id: int | Unset = UNSET,
    countrycode: str | Unset = UNSET,
    from_: str | Unset = UNSET,
    send_at: str | Unset = UNSET,
    validity: int | Unset = UNSET,
    replies_to_email: str | Unset = UNSET,
    tracked_link_url: str | Unset = UNSET,
    link_hits_callback: str | Unset = UNSET,
    dlr_callback: str | Unset = UNSET,
    reply_callback: str | Unset = UNSET,
) -> ErrorResponse | SendSmsErrorResponse | SendSmsResponse | None:
    """Send an SMS to numbers or to a contact list (GET form)

     Sends one message to up to 500 comma-separated numbers (`to`) or to every active member of a list
    (`list_id`); exactly one of the two must be given. Numbers that fail validation are dropped
    silently; the call fails only when none is left. The message may be scheduled (`send_at`) and may
    carry per-message callback URLs, which take precedence over the account defaults. GET form of
    `sendSms`: the same fields as query parameters.

    Args:
        message (str):
        to (str | Unset):
        list_id (int | Unset):
        countrycode (str | Unset):
        from_ (str | Unset):
        send_at (str | Unset):
        validity (int | Unset):
        replies_to_email (str | Unset):
        tracked_link_url (str | Unset):
        link_hits_callback (str | Unset):
        dlr_callback (str | Unset):
        reply_callback (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | SendSmsErrorResponse | SendSmsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            message=message,
            to=to,
            list_id=list_id,
            countrycode=countrycode,
            from_=from_,
            send_at=send_at,
            validity=validity,
            replies_to_email=replies_to_email,
            tracked_link_url=tracked_link_url,
            link_hits_callback=link_hits_callback,
            dlr_callback=dlr_callback,
            reply_callback=reply_callback,
        )
    ).parsed
