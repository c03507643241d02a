from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EmailStatus")


@_attrs_define
class EmailStatus:
    """
    Attributes:
        bandwidth (float | Unset):
        purchased (str | Unset): Purchase date, `yyyy-MM-dd`.
        billing (str | Unset):
        expiry (str | Unset): Expiry date, `yyyy-MM-dd`.
    """

    bandwidth: float | Unset = UNSET
    purchased: str | Unset = UNSET
    billing: str | Unset = UNSET
    expiry: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bandwidth = self.bandwidth

        purchased = self.purchased

        billing = self.billing

        expiry = self.expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bandwidth is not UNSET:
            field_dict["bandwidth"] = bandwidth
        if purchased is not UNSET:
            field_dict["purchased"] = purchased
        if billing is not UNSET:
            field_dict["billing"] = billing
        if expiry is not UNSET:
            field_dict["expiry"] = expiry

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bandwidth = d.pop("bandwidth", UNSET)

        purchased = d.pop("purchased", UNSET)

        billing = d.pop("billing", UNSET)

        expiry = d.pop("expiry", UNSET)

        email_status = cls(
            bandwidth=bandwidth,
            purchased=purchased,
            billing=billing,
            expiry=expiry,
        )

        email_status.additional_properties = d
        return email_status

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
