from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_status_data import SmsStatusData


T = TypeVar("T", bound="SmsStatusResponse")


@_attrs_define
class SmsStatusResponse:
    """
    Attributes:
        status (bool):
        data (SmsStatusData):
        message (str | Unset):
    """

    status: bool
    data: SmsStatusData
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        data = self.data.to_dict()

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sms_status_data import SmsStatusData

        d = dict(src_dict)
        status = d.pop("status")

        data = SmsStatusData.from_dict(d.pop("data"))

        message = d.pop("message", UNSET)

        sms_status_response = cls(
            status=status,
            data=data,
            message=message,
        )

        sms_status_response.additional_properties = d
        return sms_status_response

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
