from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMessageResponse")


@_attrs_define
class SendMessageResponse:
    """Answer to an accepted send (see Readings for how the invalid sample was read).

    Attributes:
        status (str): `success` in this spec's reading; the delivery words turn up too
            because the provider's sample repeats the `status` key with them.
            An open word: others are read, not refused.
        status_code (int): Same as the HTTP status (200 Processed, 201 Sent, 202 Queued); an open set.
        to (str | Unset): Recipient number(s) as echoed by the provider.
        message (str | Unset): The message text as echoed by the provider.
        cost (float | Unset): Amount charged for the send (unit not documented).
        delivery_status (str | Unset): Delivery-state word; the sample's second `status` key, renamed by us. An open
            word.
    """

    status: str
    status_code: int
    to: str | Unset = UNSET
    message: str | Unset = UNSET
    cost: float | Unset = UNSET
    delivery_status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        status_code = self.status_code

        to = self.to

        message = self.message

        cost = self.cost

        delivery_status = self.delivery_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "status_code": status_code,
            }
        )
        if to is not UNSET:
            field_dict["to"] = to
        if message is not UNSET:
            field_dict["message"] = message
        if cost is not UNSET:
            field_dict["cost"] = cost
        if delivery_status is not UNSET:
            field_dict["delivery_status"] = delivery_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status")

        status_code = d.pop("status_code")

        to = d.pop("to", UNSET)

        message = d.pop("message", UNSET)

        cost = d.pop("cost", UNSET)

        delivery_status = d.pop("delivery_status", UNSET)

        send_message_response = cls(
            status=status,
            status_code=status_code,
            to=to,
            message=message,
            cost=cost,
            delivery_status=delivery_status,
        )

        send_message_response.additional_properties = d
        return send_message_response

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
