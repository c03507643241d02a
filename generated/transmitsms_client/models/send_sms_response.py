from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.delivery_stats import DeliveryStats
    from ..models.error_block import ErrorBlock
    from ..models.list_ref import ListRef


T = TypeVar("T", bound="SendSmsResponse")


@_attrs_define
class SendSmsResponse:
    """Answer to send-sms.

    Attributes:
        message_id (int): Identifier of the message; used by every later call about it.
        send_at (str): When the message was (or is scheduled to be) sent (`YYYY-MM-DD HH:MM:SS`, UTC).
        recipients (int): Number of recipients.
        cost (float): Total charge in the account currency (three decimals).
        sms (int): Total SMS parts: recipients times parts per message.
        error (ErrorBlock): Outcome block carried by every answer, successful or not.
        list_ (ListRef | Unset): The list a message was sent to (list sends only).
        delivery_stats (DeliveryStats | Unset): Per-message counters. On send-sms they are deprecated and always zero;
            get-sms reports live values.
        fails (list[str] | Unset): Older documentation only: numbers that were rejected. Current answers do not carry
            it.
    """

    message_id: int
    send_at: str
    recipients: int
    cost: float
    sms: int
    error: ErrorBlock
    list_: ListRef | Unset = UNSET
    delivery_stats: DeliveryStats | Unset = UNSET
    fails: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        send_at = self.send_at

        recipients = self.recipients

        cost = self.cost

        sms = self.sms

        error = self.error.to_dict()

        list_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = self.list_.to_dict()

        delivery_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_stats, Unset):
            delivery_stats = self.delivery_stats.to_dict()

        fails: list[str] | Unset = UNSET
        if not isinstance(self.fails, Unset):
            fails = self.fails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "send_at": send_at,
                "recipients": recipients,
                "cost": cost,
                "sms": sms,
                "error": error,
            }
        )
        if list_ is not UNSET:
            field_dict["list"] = list_
        if delivery_stats is not UNSET:
            field_dict["delivery_stats"] = delivery_stats
        if fails is not UNSET:
            field_dict["fails"] = fails

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.delivery_stats import DeliveryStats
        from ..models.error_block import ErrorBlock
        from ..models.list_ref import ListRef

        d = dict(src_dict)
        message_id = d.pop("message_id")

        send_at = d.pop("send_at")

        recipients = d.pop("recipients")

        cost = d.pop("cost")

        sms = d.pop("sms")

        error = ErrorBlock.from_dict(d.pop("error"))

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

        fails = cast(list[str], d.pop("fails", UNSET))

        send_sms_response = cls(
            message_id=message_id,
            send_at=send_at,
            recipients=recipients,
            cost=cost,
            sms=sms,
            error=error,
            list_=list_,
            delivery_stats=delivery_stats,
            fails=fails,
        )

        send_sms_response.additional_properties = d
        return send_sms_response

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
