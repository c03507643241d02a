from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberObject")


@_attrs_define
class NumberObject:
    """A virtual number (leased, or available with only number and price).

    Attributes:
        number (int | Unset): The virtual number (digits, international format).
        price (float | Unset): Monthly rental in the account currency.
        auto_renew (bool | Unset): Whether the lease renews automatically.
        next_charge (datetime.date | None | Unset): Date of the next monthly charge (`YYYY-MM-DD`).
        status (str | Unset): Lease state, e.g. `active` or `inactive` (an open string).
    """

    number: int | Unset = UNSET
    price: float | Unset = UNSET
    auto_renew: bool | Unset = UNSET
    next_charge: datetime.date | None | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        price = self.price

        auto_renew = self.auto_renew

        next_charge: None | str | Unset
        if isinstance(self.next_charge, Unset):
            next_charge = UNSET
        elif isinstance(self.next_charge, datetime.date):
            next_charge = self.next_charge.isoformat()
        else:
            next_charge = self.next_charge

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if price is not UNSET:
            field_dict["price"] = price
        if auto_renew is not UNSET:
            field_dict["auto_renew"] = auto_renew
        if next_charge is not UNSET:
            field_dict["next_charge"] = next_charge
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        price = d.pop("price", UNSET)

        auto_renew = d.pop("auto_renew", UNSET)

        def _parse_next_charge(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_charge_type_0 = datetime.date.fromisoformat(data)

                return next_charge_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        next_charge = _parse_next_charge(d.pop("next_charge", UNSET))

        status = d.pop("status", UNSET)

        number_object = cls(
            number=number,
            price=price,
            auto_renew=auto_renew,
            next_charge=next_charge,
            status=status,
        )

        number_object.additional_properties = d
        return number_object

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
