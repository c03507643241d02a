from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryReport")


@_attrs_define
class DeliveryReport:
    """
    Attributes:
        order_id (str):
        status (str): Per-recipient state. `WAITING` accepted, not yet sent; `SENT` handed to the operator (final on
            types
            without delivery report); `WAIT4DLVR` waiting for the delivery report; `DLVRD` delivered; `TOOM4USER` /
            `TOOM4NUM` blocked by the 24-hour anti-spam limit per user / per number; `ERROR` sending failed;
            `TIMEOUT` no final answer from the operator within 48 hours; `UNKNRCPT` unparsable number; `UNKNPFX`
            unknown prefix; `DEMO` sent in demo mode (not delivered); `SCHEDULED` waiting for its scheduled time;
            `INVALIDDST` invalid destination; `BLACKLISTED` number in the system or the user's blacklist; `KO`
            rejected by the operator; `INVALIDCONTENTS` content refused. An open string: a word not listed here is
            still a valid answer (see the readings).
        recipient (str | Unset): The recipient's phone number.
        delivery_date (str | Unset): When the handset got the message by the platform's own report, `yyyyMMddHHmmss` in
            Italian local
            time (Europe/Rome), with no zone written (format assumed to match the order state).
    """

    order_id: str
    status: str
    recipient: str | Unset = UNSET
    delivery_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order_id = self.order_id

        status = self.status

        recipient = self.recipient

        delivery_date = self.delivery_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order_id": order_id,
                "status": status,
            }
        )
        if recipient is not UNSET:
            field_dict["recipient"] = recipient
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_id = d.pop("order_id")

        status = d.pop("status")

        recipient = d.pop("recipient", UNSET)

        delivery_date = d.pop("delivery_date", UNSET)

        delivery_report = cls(
            order_id=order_id,
            status=status,
            recipient=recipient,
            delivery_date=delivery_date,
        )

        delivery_report.additional_properties = d
        return delivery_report

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
