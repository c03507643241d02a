from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsStatusEvent")


@_attrs_define
class SmsStatusEvent:
    """Payload of the status webhook.

    Attributes:
        sms_id (str): The `sms_id` returned at sending.
        status (str): Message status: `Pending` (queued), `Success` (handed on for delivery), `Delivered`,
            `Undelivered` (could not reach the handset), `Failed` (sending failed on the provider
            side), `Scheduled` (held until opening hours). An open word: others may come.
        sender (str | Unset): Sending number in international form.
        receiver (str | Unset): Receiving number in international form.
        sms_type (str | Unset):
        message (str | Unset):
        media_url (None | str | Unset):
        remarks (None | str | Unset):
        created_at (str | Unset): When the message was created (not when it reached `status`: see the reading "Status
            webhook time"), `YYYY-MM-DD HH:MM:SS`.
    """

    sms_id: str
    status: str
    sender: str | Unset = UNSET
    receiver: str | Unset = UNSET
    sms_type: str | Unset = UNSET
    message: str | Unset = UNSET
    media_url: None | str | Unset = UNSET
    remarks: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_id = self.sms_id

        status = self.status

        sender = self.sender

        receiver = self.receiver

        sms_type = self.sms_type

        message = self.message

        media_url: None | str | Unset
        if isinstance(self.media_url, Unset):
            media_url = UNSET
        else:
            media_url = self.media_url

        remarks: None | str | Unset
        if isinstance(self.remarks, Unset):
            remarks = UNSET
        else:
            remarks = self.remarks

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sms_id": sms_id,
                "status": status,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if sms_type is not UNSET:
            field_dict["sms_type"] = sms_type
        if message is not UNSET:
            field_dict["message"] = message
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
        if remarks is not UNSET:
            field_dict["remarks"] = remarks
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sms_id = d.pop("sms_id")

        status = d.pop("status")

        sender = d.pop("sender", UNSET)

        receiver = d.pop("receiver", UNSET)

        sms_type = d.pop("sms_type", UNSET)

        message = d.pop("message", UNSET)

        def _parse_media_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        media_url = _parse_media_url(d.pop("media_url", UNSET))

        def _parse_remarks(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remarks = _parse_remarks(d.pop("remarks", UNSET))

        created_at = d.pop("created_at", UNSET)

        sms_status_event = cls(
            sms_id=sms_id,
            status=status,
            sender=sender,
            receiver=receiver,
            sms_type=sms_type,
            message=message,
            media_url=media_url,
            remarks=remarks,
            created_at=created_at,
        )

        sms_status_event.additional_properties = d
        return sms_status_event

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
