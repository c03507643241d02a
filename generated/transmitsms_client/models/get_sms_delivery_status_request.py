from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        msisdn = self.msisdn

        field_dict: dict[str, Any] = {}

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

        return get_sms_delivery_status_request
