from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.delivery_status import DeliveryStatus
    from ..models.error_block import ErrorBlock


T = TypeVar("T", bound="GetSmsDeliveryStatusResponse")


@_attrs_define
class GetSmsDeliveryStatusResponse:
    """Answer to get-sms-delivery-status.

    Attributes:
        stats (DeliveryStatus): Delivery details for one recipient of a message.
        error (ErrorBlock): Outcome block carried by every answer, successful or not.
    """

    stats: DeliveryStatus
    error: ErrorBlock
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        stats = self.stats.to_dict()

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stats": stats,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.delivery_status import DeliveryStatus
        from ..models.error_block import ErrorBlock

        d = dict(src_dict)
        stats = DeliveryStatus.from_dict(d.pop("stats"))

        error = ErrorBlock.from_dict(d.pop("error"))

        get_sms_delivery_status_response = cls(
            stats=stats,
            error=error,
        )

        get_sms_delivery_status_response.additional_properties = d
        return get_sms_delivery_status_response

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
