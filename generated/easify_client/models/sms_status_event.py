from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_status_word import SmsStatusWord

T = TypeVar("T", bound="SmsStatusEvent")


@_attrs_define
class SmsStatusEvent:
    """Payload of the status webhook.

    Attributes:
        sms_id (str): The `sms_id` returned at sending.
        sender (str): Sending number in international form.
        receiver (str): Receiving number in international form.
        sms_type (str):
        message (str):
        media_url (None | str):
        status (SmsStatusWord): Message status: `Pending` (queued), `Success` (handed on for delivery), `Delivered`,
            `Undelivered` (could not reach the handset), `Failed` (sending failed on the provider
            side), `Scheduled` (held until opening hours).
        remarks (None | str):
        created_at (str): Time as `YYYY-MM-DD HH:MM:SS`.
    """

    sms_id: str
    sender: str
    receiver: str
    sms_type: str
    message: str
    media_url: None | str
    status: SmsStatusWord
    remarks: None | str
    created_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_id = self.sms_id

        sender = self.sender

        receiver = self.receiver

        sms_type = self.sms_type

        message = self.message

        media_url: None | str
        media_url = self.media_url

        status = self.status.value

        remarks: None | str
        remarks = self.remarks

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sms_id": sms_id,
                "sender": sender,
                "receiver": receiver,
                "sms_type": sms_type,
                "message": message,
                "media_url": media_url,
                "status": status,
                "remarks": remarks,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sms_id = d.pop("sms_id")

        sender = d.pop("sender")

        receiver = d.pop("receiver")

        sms_type = d.pop("sms_type")

        message = d.pop("message")

        def _parse_media_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        media_url = _parse_media_url(d.pop("media_url"))

        status = SmsStatusWord(d.pop("status"))

        def _parse_remarks(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        remarks = _parse_remarks(d.pop("remarks"))

        created_at = d.pop("created_at")

        sms_status_event = cls(
            sms_id=sms_id,
            sender=sender,
            receiver=receiver,
            sms_type=sms_type,
            message=message,
            media_url=media_url,
            status=status,
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
