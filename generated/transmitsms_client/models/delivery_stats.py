from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryStats")


@_attrs_define
class DeliveryStats:
    """Per-message counters. On send-sms they are deprecated and always zero; get-sms reports live values.

    Attributes:
        delivered (int | Unset): Recipients with a delivery receipt.
        pending (int | Unset): Recipients still waiting for a carrier report.
        bounced (int | Unset): Recipients whose message bounced (soft or hard).
        responses (int | Unset): Replies received.
        optouts (int | Unset): Recipients who opted out (by reply or unsubscribe link).
    """

    delivered: int | Unset = UNSET
    pending: int | Unset = UNSET
    bounced: int | Unset = UNSET
    responses: int | Unset = UNSET
    optouts: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delivered = self.delivered

        pending = self.pending

        bounced = self.bounced

        responses = self.responses

        optouts = self.optouts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if pending is not UNSET:
            field_dict["pending"] = pending
        if bounced is not UNSET:
            field_dict["bounced"] = bounced
        if responses is not UNSET:
            field_dict["responses"] = responses
        if optouts is not UNSET:
            field_dict["optouts"] = optouts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        delivered = d.pop("delivered", UNSET)

        pending = d.pop("pending", UNSET)

        bounced = d.pop("bounced", UNSET)

        responses = d.pop("responses", UNSET)

        optouts = d.pop("optouts", UNSET)

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
