from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryStatus")


@_attrs_define
class DeliveryStatus:
    """Delivery details for one recipient of a message.

    Attributes:
        message_id (int | Unset): Message identifier.
        sender_id (int | str | Unset): Sender the message went out from: an integer for a numeric sender, a string for
            an alphanumeric one.
        mobile (int | Unset): Recipient number (digits, international format).
        send_at (str | Unset): When the message was sent (`YYYY-MM-DD HH:MM:SS`, UTC).
        datetime_ (None | str | Unset): Time reported by the delivery receipt (`YYYY-MM-DD HH:MM:SS`, UTC).
        status (str | Unset): Delivery state of this recipient; the docs name `delivered` and `failed` (an open string).
        message (str | Unset): Final text as delivered, with variables and tracked links filled in.
    """

    message_id: int | Unset = UNSET
    sender_id: int | str | Unset = UNSET
    mobile: int | Unset = UNSET
    send_at: str | Unset = UNSET
    datetime_: None | str | Unset = UNSET
    status: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        sender_id: int | str | Unset
        if isinstance(self.sender_id, Unset):
            sender_id = UNSET
        else:
            sender_id = self.sender_id

        mobile = self.mobile

        send_at = self.send_at

        datetime_: None | str | Unset
        if isinstance(self.datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = self.datetime_

        status = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if sender_id is not UNSET:
            field_dict["sender_id"] = sender_id
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if send_at is not UNSET:
            field_dict["send_at"] = send_at
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message_id = d.pop("message_id", UNSET)

        def _parse_sender_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        sender_id = _parse_sender_id(d.pop("sender_id", UNSET))

        mobile = d.pop("mobile", UNSET)

        send_at = d.pop("send_at", UNSET)

        def _parse_datetime_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        datetime_ = _parse_datetime_(d.pop("datetime", UNSET))

        status = d.pop("status", UNSET)

        message = d.pop("message", UNSET)

        delivery_status = cls(
            message_id=message_id,
            sender_id=sender_id,
            mobile=mobile,
            send_at=send_at,
            datetime_=datetime_,
            status=status,
            message=message,
        )

        delivery_status.additional_properties = d
        return delivery_status

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
