from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sms_status_word import SmsStatusWord

T = TypeVar("T", bound="SmsStatusData")


@_attrs_define
class SmsStatusData:
    """
    Attributes:
        status (SmsStatusWord): Message status: `Pending` (queued), `Success` (handed on for delivery), `Delivered`,
            `Undelivered` (could not reach the handset), `Failed` (sending failed on the provider
            side), `Scheduled` (held until opening hours).
        remarks (None | str): Extra detail, often empty.
    """

    status: SmsStatusWord
    remarks: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        remarks: None | str
        remarks = self.remarks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "remarks": remarks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = SmsStatusWord(d.pop("status"))

        def _parse_remarks(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        remarks = _parse_remarks(d.pop("remarks"))

        sms_status_data = cls(
            status=status,
            remarks=remarks,
        )

        sms_status_data.additional_properties = d
        return sms_status_data

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
