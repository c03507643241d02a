from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DeliveryStats")


@_attrs_define
class DeliveryStats:
    """Per-message counters. On send-sms they are deprecated and always zero; get-sms reports live values.

    Attributes:
        delivered (int): Recipients with a delivery receipt.
        pending (int): Recipients still waiting for a carrier report.
        bounced (int): Recipients whose message bounced (soft or hard).
        responses (int): Replies received.
        optouts (int): Recipients who opted out (by reply or unsubscribe link).
    """

    delivered: int
    pending: int
    bounced: int
    responses: int
    optouts: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivered = self.delivered

        pending = self.pending

        bounced = self.bounced

        responses = self.responses

        optouts = self.optouts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "delivered": delivered,
                "pending": pending,
                "bounced": bounced,
                "responses": responses,
                "optouts": optouts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        delivered = d.pop("delivered")

        pending = d.pop("pending")

        bounced = d.pop("bounced")

        responses = d.pop("responses")

        optouts = d.pop("optouts")

        delivery_stats = cls(
            delivered=delivered,
            pending=pending,
            bounced=bounced,
            responses=responses,
            optouts=optouts,
        )

        delivery_stats.additional_properties = d
        return delivery_stats

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
