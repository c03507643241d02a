from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from ..models.encoding import Encoding
from ..models.message_type import MessageType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsRequest")


@_attrs_define
class SendSmsRequest:
    """
    Attributes:
        message_type (MessageType): `N`: high quality, with delivery report; the only type allowing a custom
            alphanumeric sender.
            `L`: medium quality. `LL`: low cost.
        message (str): The text. At most 1000 characters with `gsm` encoding and 450 with `ucs2`; the low-quality types
            may
            cap it at 160.
        recipient (list[str]): Phone numbers in international format (e.g. `+393471234567`). The 10,000 cap comes from
            the
            sister-brand client, not from these documents.
        sender (None | str | Unset): Sender alias (TPOA) or number. Empty or null uses the account's preferred sender
            where the type
            allows a custom one; must be empty for types that do not. Alphanumeric aliases must be registered and
            approved first and work only with type `N`.
             Default: ''.
        scheduled_delivery_time (None | str | Unset): Send later instead of now. Documented: `ddMMyy`, `yyyyMMdd`,
            `ddMMyyHHmm`, `yyyyMMddHHmmss`,
            `yyyy-MM-dd HH:mm`, `yyyy-MM-dd HH:mm.0`; also ISO-8601 (`2017-12-23T10:10:10.123456`, as the vendor's
            Python and C# samples send it; see the readings). Read in `scheduled_delivery_timezone` (default
            Europe/Rome) unless the ISO-8601 value carries `Z` or an offset.
        scheduled_delivery_timezone (str | Unset): IANA time zone in which `scheduled_delivery_time` is read, e.g.
            `Europe/Rome`.
        order_id (str | Unset): Caller-chosen order id; a UUID is generated when omitted.
        return_credits (bool | Unset): Report credits used (a long message uses several) instead of messages in
            `total_sent`. Default: False.
        return_remaining (bool | Unset): Add the remaining credit to the answer. Default: False.
        allow_invalid_recipients (bool | Unset): Let the order proceed even when some recipients are invalid. Default:
            False.
        encoding (Encoding | Unset): `gsm` (GSM 03.38, default) or `ucs2` for characters outside the GSM alphabet.
        id_landing (int | Unset): Id of a published landing page; the text must contain `%PAGESLINK____________%`.
        campaign_name (str | Unset): Campaign label for reporting.
        short_link_url (str | Unset): Long URL to shorten; the text must contain `%SHORT_LINK%`.
    """

    message_type: MessageType
    message: str
    recipient: list[str]
    sender: None | str | Unset = ""
    scheduled_delivery_time: None | str | Unset = UNSET
    scheduled_delivery_timezone: str | Unset = UNSET
    order_id: str | Unset = UNSET
    return_credits: bool | Unset = False
    return_remaining: bool | Unset = False
    allow_invalid_recipients: bool | Unset = False
    encoding: Encoding | Unset = UNSET
    id_landing: int | Unset = UNSET
    campaign_name: str | Unset = UNSET
    short_link_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        message_type = self.message_type.value

        message = self.message

        recipient = self.recipient

        sender: None | str | Unset
        if isinstance(self.sender, Unset):
            sender = UNSET
        else:
            sender = self.sender

        scheduled_delivery_time: None | str | Unset
        if isinstance(self.scheduled_delivery_time, Unset):
            scheduled_delivery_time = UNSET
        else:
            scheduled_delivery_time = self.scheduled_delivery_time

        scheduled_delivery_timezone = self.scheduled_delivery_timezone

        order_id = self.order_id

        return_credits = self.return_credits

        return_remaining = self.return_remaining

        allow_invalid_recipients = self.allow_invalid_recipients

        encoding: str | Unset = UNSET
        if not isinstance(self.encoding, Unset):
            encoding = self.encoding.value

        id_landing = self.id_landing

        campaign_name = self.campaign_name

        short_link_url = self.short_link_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message_type": message_type,
                "message": message,
                "recipient": recipient,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender
        if scheduled_delivery_time is not UNSET:
            field_dict["scheduled_delivery_time"] = scheduled_delivery_time
        if scheduled_delivery_timezone is not UNSET:
            field_dict["scheduled_delivery_timezone"] = scheduled_delivery_timezone
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if return_credits is not UNSET:
            field_dict["returnCredits"] = return_credits
        if return_remaining is not UNSET:
            field_dict["returnRemaining"] = return_remaining
        if allow_invalid_recipients is not UNSET:
            field_dict["allowInvalidRecipients"] = allow_invalid_recipients
        if encoding is not UNSET:
            field_dict["encoding"] = encoding
        if id_landing is not UNSET:
            field_dict["id_landing"] = id_landing
        if campaign_name is not UNSET:
            field_dict["campaign_name"] = campaign_name
        if short_link_url is not UNSET:
            field_dict["short_link_url"] = short_link_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message_type = MessageType(d.pop("message_type"))

        message = d.pop("message")

        recipient = cast(list[str], d.pop("recipient"))

        def _parse_sender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender = _parse_sender(d.pop("sender", UNSET))

        def _parse_scheduled_delivery_time(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scheduled_delivery_time = _parse_scheduled_delivery_time(d.pop("scheduled_delivery_time", UNSET))

        scheduled_delivery_timezone = d.pop("scheduled_delivery_timezone", UNSET)

        order_id = d.pop("order_id", UNSET)

        return_credits = d.pop("returnCredits", UNSET)

        return_remaining = d.pop("returnRemaining", UNSET)

        allow_invalid_recipients = d.pop("allowInvalidRecipients", UNSET)

        _encoding = d.pop("encoding", UNSET)
        encoding: Encoding | Unset
        if isinstance(_encoding, Unset):
            encoding = UNSET
        else:
            encoding = Encoding(_encoding)

        id_landing = d.pop("id_landing", UNSET)

        campaign_name = d.pop("campaign_name", UNSET)

        short_link_url = d.pop("short_link_url", UNSET)

        send_sms_request = cls(
            message_type=message_type,
            message=message,
            recipient=recipient,
            sender=sender,
            scheduled_delivery_time=scheduled_delivery_time,
            scheduled_delivery_timezone=scheduled_delivery_timezone,
            order_id=order_id,
            return_credits=return_credits,
            return_remaining=return_remaining,
            allow_invalid_recipients=allow_invalid_recipients,
            encoding=encoding,
            id_landing=id_landing,
            campaign_name=campaign_name,
            short_link_url=short_link_url,
        )

        return send_sms_request
