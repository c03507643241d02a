from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_stats import DeliveryStats
    from ..models.list_ref import ListRef


T = TypeVar("T", bound="SentMessage")


@_attrs_define
class SentMessage:
    """Summary of the message whose recipients are listed.

    Attributes:
        message_id (int | Unset): Identifier of the message; used by every later call about it.
        send_at (str | Unset): When the message was (or is scheduled to be) sent (`YYYY-MM-DD HH:MM:SS`, UTC).
        recipients (int | Unset): Number of recipients.
        cost (float | Unset): Total charge in the account currency (three decimals).
        sms (int | Unset): Total SMS parts: recipients times parts per message.
        message (str | Unset): Message text as submitted.
        list_ (ListRef | Unset): The list a message was sent to (list sends only).
        delivery_stats (DeliveryStats | Unset): Per-message counters. On send-sms they are deprecated and always zero;
            get-sms reports live values.
    """

    message_id: int | Unset = UNSET
    send_at: str | Unset = UNSET
    recipients: int | Unset = UNSET
    cost: float | Unset = UNSET
    sms: int | Unset = UNSET
    message: str | Unset = UNSET
    list_: ListRef | Unset = UNSET
    delivery_stats: DeliveryStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        send_at = self.send_at

        recipients = self.recipients

        cost = self.cost

        sms = self.sms

        message = self.message

        list_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = self.list_.to_dict()

        delivery_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_stats, Unset):
            delivery_stats = self.delivery_stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if send_at is not UNSET:
            field_dict["send_at"] = send_at
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if cost is not UNSET:
            field_dict["cost"] = cost
        if sms is not UNSET:
            field_dict["sms"] = sms
        if message is not UNSET:
            field_dict["message"] = message
        if list_ is not UNSET:
            field_dict["list"] = list_
        if delivery_stats is not UNSET:
            field_dict["delivery_stats"] = delivery_stats

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.delivery_stats import DeliveryStats
        from ..models.list_ref import ListRef

        d = dict(src_dict)
        message_id = d.pop("message_id", UNSET)

        send_at = d.pop("send_at", UNSET)

        recipients = d.pop("recipients", UNSET)

        cost = d.pop("cost", UNSET)

        sms = d.pop("sms", UNSET)

        message = d.pop("message", UNSET)

        _list_ = d.pop("list", UNSET)
        list_: ListRef | Unset
        if isinstance(_list_, Unset):
            list_ = UNSET
        else:
            list_ = ListRef.from_dict(_list_)

        _delivery_stats = d.pop("delivery_stats", UNSET)
        delivery_stats: DeliveryStats | Unset
        if isinstance(_delivery_stats, Unset):
            delivery_stats = UNSET
        else:
            delivery_stats = DeliveryStats.from_dict(_delivery_stats)

        sent_message = cls(
            message_id=message_id,
            send_at=send_at,
            recipients=recipients,
            cost=cost,
            sms=sms,
            message=message,
            list_=list_,
            delivery_stats=delivery_stats,
        )

        sent_message.additional_properties = d
        return sent_message

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
