from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsHistoryEntry")


@_attrs_define
class SmsHistoryEntry:
    """
    Attributes:
        order_id (str | Unset):
        create_time (str | Unset): Creation time, `yyyyMMddHHmmss`, in the request's `timezone` (default Europe/Rome).
        schedule_time (str | Unset): Scheduled time, `yyyyMMddHHmmss` in the same zone; empty when sent immediately.
        message_type (str | Unset): Message type name (or internal id); an open string.
        sender (str | Unset):
        num_recipients (int | Unset):
    """

    order_id: str | Unset = UNSET
    create_time: str | Unset = UNSET
    schedule_time: str | Unset = UNSET
    message_type: str | Unset = UNSET
    sender: str | Unset = UNSET
    num_recipients: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        create_time = self.create_time

        schedule_time = self.schedule_time

        message_type = self.message_type

        sender = self.sender

        num_recipients = self.num_recipients

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_id is not UNSET:
            field_dict["order_id"] = order_id
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if schedule_time is not UNSET:
            field_dict["schedule_time"] = schedule_time
        if message_type is not UNSET:
            field_dict["message_type"] = message_type
        if sender is not UNSET:
            field_dict["sender"] = sender
        if num_recipients is not UNSET:
            field_dict["num_recipients"] = num_recipients

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_id = d.pop("order_id", UNSET)

        create_time = d.pop("create_time", UNSET)

        schedule_time = d.pop("schedule_time", UNSET)

        message_type = d.pop("message_type", UNSET)

        sender = d.pop("sender", UNSET)

        num_recipients = d.pop("num_recipients", UNSET)

        sms_history_entry = cls(
            order_id=order_id,
            create_time=create_time,
            schedule_time=schedule_time,
            message_type=message_type,
            sender=sender,
            num_recipients=num_recipients,
        )

        sms_history_entry.additional_properties = d
        return sms_history_entry

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
