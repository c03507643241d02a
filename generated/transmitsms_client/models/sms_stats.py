from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsStats")


@_attrs_define
class SmsStats:
    """Delivery counters of one message.

    Attributes:
        hard_bounced (int | Unset): Recipients whose handset is disconnected.
        soft_bounced (int | Unset): Recipients with a temporary delivery failure.
        total (int | Unset): Messages sent.
        recipient_count (int | Unset): Recipients (camelCase key, as on the wire).
        delivered (int | Unset): Delivered messages.
        pending (int | Unset): Messages without a carrier report yet.
        bounced (int | Unset): Soft plus hard bounces.
        responses (int | Unset): Replies received.
        opt_outs (int | Unset): Opt-outs (hyphenated key, as on the wire).
        link_hits (int | Unset): Tracked-link clicks.
    """

    hard_bounced: int | Unset = UNSET
    soft_bounced: int | Unset = UNSET
    total: int | Unset = UNSET
    recipient_count: int | Unset = UNSET
    delivered: int | Unset = UNSET
    pending: int | Unset = UNSET
    bounced: int | Unset = UNSET
    responses: int | Unset = UNSET
    opt_outs: int | Unset = UNSET
    link_hits: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hard_bounced = self.hard_bounced

        soft_bounced = self.soft_bounced

        total = self.total

        recipient_count = self.recipient_count

        delivered = self.delivered

        pending = self.pending

        bounced = self.bounced

        responses = self.responses

        opt_outs = self.opt_outs

        link_hits = self.link_hits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hard_bounced is not UNSET:
            field_dict["hard_bounced"] = hard_bounced
        if soft_bounced is not UNSET:
            field_dict["soft_bounced"] = soft_bounced
        if total is not UNSET:
            field_dict["total"] = total
        if recipient_count is not UNSET:
            field_dict["recipientCount"] = recipient_count
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if pending is not UNSET:
            field_dict["pending"] = pending
        if bounced is not UNSET:
            field_dict["bounced"] = bounced
        if responses is not UNSET:
            field_dict["responses"] = responses
        if opt_outs is not UNSET:
            field_dict["opt-outs"] = opt_outs
        if link_hits is not UNSET:
            field_dict["link_hits"] = link_hits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        hard_bounced = d.pop("hard_bounced", UNSET)

        soft_bounced = d.pop("soft_bounced", UNSET)

        total = d.pop("total", UNSET)

        recipient_count = d.pop("recipientCount", UNSET)

        delivered = d.pop("delivered", UNSET)

        pending = d.pop("pending", UNSET)

        bounced = d.pop("bounced", UNSET)

        responses = d.pop("responses", UNSET)

        opt_outs = d.pop("opt-outs", UNSET)

        link_hits = d.pop("link_hits", UNSET)

        sms_stats = cls(
            hard_bounced=hard_bounced,
            soft_bounced=soft_bounced,
            total=total,
            recipient_count=recipient_count,
            delivered=delivered,
            pending=pending,
            bounced=bounced,
            responses=responses,
            opt_outs=opt_outs,
            link_hits=link_hits,
        )

        sms_stats.additional_properties = d
        return sms_stats

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
