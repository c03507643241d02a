from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LeaseNumberRequest")


@_attrs_define
class LeaseNumberRequest:
    """Form fields of lease-number.

    Attributes:
        number (int | Unset): Number to lease (see get-numbers with `filter=available`); omitted: any available number.
        forward_url (str | Unset): URL that inbound messages to this number are forwarded to.
    """

    number: int | Unset = UNSET
    forward_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        forward_url = self.forward_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if forward_url is not UNSET:
            field_dict["forward_url"] = forward_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        forward_url = d.pop("forward_url", UNSET)

        lease_number_request = cls(
            number=number,
            forward_url=forward_url,
        )

        lease_number_request.additional_properties = d
        return lease_number_request

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
