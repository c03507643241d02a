from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactSmsRecord")


@_attrs_define
class ContactSmsRecord:
    """One message sent to the contact.

    Attributes:
        message_id (int | Unset): Message identifier.
        datetime_send (str | Unset): When it was sent (`YYYY-MM-DD HH:MM:SS`, UTC).
        delivery_status (str | Unset): Delivery state, e.g. `delivered` (an open string).
    """

    message_id: int | Unset = UNSET
    datetime_send: str | Unset = UNSET
    delivery_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        datetime_send = self.datetime_send

        delivery_status = self.delivery_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if datetime_send is not UNSET:
            field_dict["datetime_send"] = datetime_send
        if delivery_status is not UNSET:
            field_dict["delivery_status"] = delivery_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message_id = d.pop("message_id", UNSET)

        datetime_send = d.pop("datetime_send", UNSET)

        delivery_status = d.pop("delivery_status", UNSET)

        contact_sms_record = cls(
            message_id=message_id,
            datetime_send=datetime_send,
            delivery_status=delivery_status,
        )

        contact_sms_record.additional_properties = d
        return contact_sms_record

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
