from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipientState")


@_attrs_define
class RecipientState:
    """
    Attributes:
        destination (str): The recipient's phone number.
        status (str): Per-recipient state. `WAITING` accepted, not yet sent; `SENT` handed to the operator (final on
            types
            without delivery report); `WAIT4DLVR` waiting for the delivery report; `DLVRD` delivered; `TOOM4USER` /
            `TOOM4NUM` blocked by the 24-hour anti-spam limit per user / per number; `ERROR` sending failed;
            `TIMEOUT` no final answer from the operator within 48 hours; `UNKNRCPT` unparsable number; `UNKNPFX`
            unknown prefix; `DEMO` sent in demo mode (not delivered); `SCHEDULED` waiting for its scheduled time;
            `INVALIDDST` invalid destination; `BLACKLISTED` number in the system or the user's blacklist; `KO`
            rejected by the operator; `INVALIDCONTENTS` content refused. An open string: a word not listed here is
            still a valid answer (see the readings).
        delivery_date (str | Unset): Delivery time as `yyyyMMddHHmmss`, Italian local time (Europe/Rome); empty until
            delivered.
    """

    destination: str
    status: str
    delivery_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        destination = self.destination

        status = self.status

        delivery_date = self.delivery_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "destination": destination,
                "status": status,
            }
        )
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        destination = d.pop("destination")

        status = d.pop("status")

        delivery_date = d.pop("delivery_date", UNSET)

        recipient_state = cls(
            destination=destination,
            status=status,
            delivery_date=delivery_date,
        )

        recipient_state.additional_properties = d
        return recipient_state

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
