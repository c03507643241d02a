from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsRecord")


@_attrs_define
class SmsRecord:
    """One message of a conversation or report.

    Attributes:
        id (int):
        sender (str | Unset): Sending number in international form.
        receiver (str | Unset): Receiving number in international form.
        message (str | Unset):
        sms_type (str | Unset): `sms` or `mms` (an open word).
        send_by (str | Unset): Which side wrote it; `sender` for messages sent from the account (an open word).
        media_url (None | str | Unset):
        status (str | Unset): Message status: `Pending` (queued), `Success` (handed on for delivery), `Delivered`,
            `Undelivered` (could not reach the handset), `Failed` (sending failed on the provider
            side), `Scheduled` (held until opening hours). An open word: others may come.
        created_at (str | Unset): Time as `MM-DD-YYYY hh:mm:ss AM|PM`.
        reason (None | str | Unset): Failure reason, if any.
    """

    id: int
    sender: str | Unset = UNSET
    receiver: str | Unset = UNSET
    message: str | Unset = UNSET
    sms_type: str | Unset = UNSET
    send_by: str | Unset = UNSET
    media_url: None | str | Unset = UNSET
    status: str | Unset = UNSET
    created_at: str | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sender = self.sender

        receiver = self.receiver

        message = self.message

        sms_type = self.sms_type

        send_by = self.send_by

        media_url: None | str | Unset
        if isinstance(self.media_url, Unset):
            media_url = UNSET
        else:
            media_url = self.media_url

        status = self.status

        created_at = self.created_at

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if sender is not UNSET:
            field_dict["sender"] = sender
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if message is not UNSET:
            field_dict["message"] = message
        if sms_type is not UNSET:
            field_dict["sms_type"] = sms_type
        if send_by is not UNSET:
            field_dict["send_by"] = send_by
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        sender = d.pop("sender", UNSET)

        receiver = d.pop("receiver", UNSET)

        message = d.pop("message", UNSET)

        sms_type = d.pop("sms_type", UNSET)

        send_by = d.pop("send_by", UNSET)

        def _parse_media_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        media_url = _parse_media_url(d.pop("media_url", UNSET))

        status = d.pop("status", UNSET)

        created_at = d.pop("created_at", UNSET)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        sms_record = cls(
            id=id,
            sender=sender,
            receiver=receiver,
            message=message,
            sms_type=sms_type,
            send_by=send_by,
            media_url=media_url,
            status=status,
            created_at=created_at,
            reason=reason,
        )

        sms_record.additional_properties = d
        return sms_record

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
