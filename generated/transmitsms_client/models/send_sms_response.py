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
        recipients (int): Number of recipients.
        send_at (str | Unset): When the message was (or is scheduled to be) sent (`YYYY-MM-DD HH:MM:SS`, UTC).
        cost (float | Unset): Total charge in the account currency (three decimals).
        sms (int | Unset): Total SMS parts: recipients times parts per message.
        list_ (ListRef | Unset): The list a message was sent to (list sends only).
        delivery_stats (DeliveryStats | Unset): Per-message counters. On send-sms they are deprecated and always zero;
            get-sms reports live values.
        fails (list[str] | Unset): Older documentation only: numbers that were rejected. Current answers do not carry
            it.
        error (ErrorBlock | Unset): Outcome block carried by every answer, successful or not.
    """

    message_id: int
    recipients: int
    send_at: str | Unset = UNSET
    cost: float | Unset = UNSET
    sms: int | Unset = UNSET
    list_: ListRef | Unset = UNSET
    delivery_stats: DeliveryStats | Unset = UNSET
    fails: list[str] | Unset = UNSET
    error: ErrorBlock | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        recipients = self.recipients

        send_at = self.send_at

        cost = self.cost

        sms = self.sms

        list_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.list_, Unset):
            list_ = self.list_.to_dict()

        delivery_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.delivery_stats, Unset):
            delivery_stats = self.delivery_stats.to_dict()

        fails: list[str] | Unset = UNSET
        if not isinstance(self.fails, Unset):
            fails = self.fails

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "recipients": recipients,
            }
        )
        if send_at is not UNSET:
            field_dict["send_at"] = send_at
        if cost is not UNSET:
            field_dict["cost"] = cost
        if sms is not UNSET:
            field_dict["sms"] = sms
        if list_ is not UNSET:
            field_dict["list"] = list_
        if delivery_stats is not UNSET:
            field_dict["delivery_stats"] = delivery_stats
        if fails is not UNSET:
            field_dict["fails"] = fails
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.delivery_stats import DeliveryStats
        from ..models.error_block import ErrorBlock
        from ..models.list_ref import ListRef

        d = dict(src_dict)
        message_id = d.pop("message_id")

        recipients = d.pop("recipients")

        send_at = d.pop("send_at", UNSET)

        cost = d.pop("cost", UNSET)

        sms = d.pop("sms", UNSET)

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

        _error = d.pop("error", UNSET)
        error: ErrorBlock | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorBlock.from_dict(_error)

        send_sms_response = cls(
            message_id=message_id,
            recipients=recipients,
            send_at=send_at,
            cost=cost,
            sms=sms,
            list_=list_,
            delivery_stats=delivery_stats,
            fails=fails,
            error=error,
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
