from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetSmsDeliveryStatusRequest")


@_attrs_define
class GetSmsDeliveryStatusRequest:
    """Form fields of get-sms-delivery-status.

    Attributes:
        message_id (int): Message identifier returned by send-sms.
        msisdn (int): Recipient number (digits, international format).
    """

    message_id: int
    msisdn: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        msisdn = self.msisdn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "msisdn": msisdn,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        msisdn = d.pop("msisdn")

        get_sms_delivery_status_request = cls(
            message_id=message_id,
            msisdn=msisdn,
        )

        get_sms_delivery_status_request.additional_properties = d
        return get_sms_delivery_status_request

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
