from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsRequest")


@_attrs_define
class SendSmsRequest:
    """Form fields of send-sms.

    Attributes:
        message (str): Message text, at most 612 characters (4 GSM parts of 153; Unicode text uses parts of 67). May
            contain `[firstname]`, `[lastname]`, custom-field placeholders (list sends), `[tracked-link]` and `[unsub-reply-
            link]`.
        to (str | Unset): One number, or up to 500 comma-separated numbers, in international format (digits); local
            numbers need `countrycode`. Required unless `list_id` is given.
        list_id (int | Unset): List whose active members receive the message. Required unless `to` is given.
        countrycode (str | Unset): ISO 3166 alpha-2 code or country name (case-insensitive); local-format numbers are
            converted to international format for that country.
        from_ (str | Unset): Sender: a leased virtual number or short code in international format, or an approved
            alphanumeric sender of at most 11 characters without spaces. Omitted: the shared number pool of the destination
            country.
        send_at (str | Unset): Schedule the message for this UTC time (`YYYY-MM-DD HH:MM:SS`).
        validity (int | Unset): Minutes to keep trying delivery; 0 or omitted means the maximum (pending messages expire
            after 72 hours).
        replies_to_email (str | Unset): Email address that replies are forwarded to.
        tracked_link_url (str | Unset): URL turned into a per-recipient short tracking link and inserted at `[tracked-
            link]` (one per message).
        link_hits_callback (str | Unset): URL notified when a recipient opens the tracked link (see webhook `linkHit`).
        dlr_callback (str | Unset): URL notified of delivery receipts for this message (see webhook `deliveryReport`).
        reply_callback (str | Unset): URL notified of replies to this message (see webhook `reply`).
    """

    message: str
    to: str | Unset = UNSET
    list_id: int | Unset = UNSET
    countrycode: str | Unset = UNSET
    from_: str | Unset = UNSET
    send_at: str | Unset = UNSET
    validity: int | Unset = UNSET
    replies_to_email: str | Unset = UNSET
    tracked_link_url: str | Unset = UNSET
    link_hits_callback: str | Unset = UNSET
    dlr_callback: str | Unset = UNSET
    reply_callback: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        to = self.to

        list_id = self.list_id

        countrycode = self.countrycode

        from_ = self.from_

        send_at = self.send_at

        validity = self.validity

        replies_to_email = self.replies_to_email

        tracked_link_url = self.tracked_link_url

        link_hits_callback = self.link_hits_callback

        dlr_callback = self.dlr_callback

        reply_callback = self.reply_callback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if countrycode is not UNSET:
            field_dict["countrycode"] = countrycode
        if from_ is not UNSET:
            field_dict["from"] = from_
        if send_at is not UNSET:
            field_dict["send_at"] = send_at
        if validity is not UNSET:
            field_dict["validity"] = validity
        if replies_to_email is not UNSET:
            field_dict["replies_to_email"] = replies_to_email
        if tracked_link_url is not UNSET:
            field_dict["tracked_link_url"] = tracked_link_url
        if link_hits_callback is not UNSET:
            field_dict["link_hits_callback"] = link_hits_callback
        if dlr_callback is not UNSET:
            field_dict["dlr_callback"] = dlr_callback
        if reply_callback is not UNSET:
            field_dict["reply_callback"] = reply_callback

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message = d.pop("message")

        to = d.pop("to", UNSET)

        list_id = d.pop("list_id", UNSET)

        countrycode = d.pop("countrycode", UNSET)

        from_ = d.pop("from", UNSET)

        send_at = d.pop("send_at", UNSET)

        validity = d.pop("validity", UNSET)

        replies_to_email = d.pop("replies_to_email", UNSET)

        tracked_link_url = d.pop("tracked_link_url", UNSET)

        link_hits_callback = d.pop("link_hits_callback", UNSET)

        dlr_callback = d.pop("dlr_callback", UNSET)

        reply_callback = d.pop("reply_callback", UNSET)

        send_sms_request = cls(
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

        send_sms_request.additional_properties = d
        return send_sms_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
