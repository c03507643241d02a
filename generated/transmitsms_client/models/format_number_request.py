from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FormatNumberRequest")


@_attrs_define
class FormatNumberRequest:
    """Form fields of format-number.

    Attributes:
        msisdn (str): Number as found in the source data (spaces, brackets, trunk prefix allowed).
        countrycode (str): ISO 3166 alpha-2 code or country name of the number's country.
    """

    msisdn: str
    countrycode: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msisdn = self.msisdn

        countrycode = self.countrycode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msisdn": msisdn,
                "countrycode": countrycode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        msisdn = d.pop("msisdn")

        countrycode = d.pop("countrycode")

        format_number_request = cls(
            msisdn=msisdn,
            countrycode=countrycode,
        )

        format_number_request.additional_properties = d
        return format_number_request

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
