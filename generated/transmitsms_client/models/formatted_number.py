from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FormattedNumber")


@_attrs_define
class FormattedNumber:
    """Result of number formatting.

    Attributes:
        countrycode (int | Unset): International dialling code of the country (e.g. 61).
        nationalnumber (int | Unset): National number without the trunk prefix (the field table calls it
            `national_number`; the wire key has no underscore).
        national_leading_zeroes (int | Unset): Unused; repeats the national number.
        rawinput (None | str | Unset): Unused; always null.
        international (int | Unset): Number in international format, digits only.
        type_ (int | Unset): Number type: 0 landline, 1 mobile, 10 invalid.
        is_valid (bool | Unset): Whether the number is valid.
    """

    countrycode: int | Unset = UNSET
    nationalnumber: int | Unset = UNSET
    national_leading_zeroes: int | Unset = UNSET
    rawinput: None | str | Unset = UNSET
    international: int | Unset = UNSET
    type_: int | Unset = UNSET
    is_valid: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        countrycode = self.countrycode

        nationalnumber = self.nationalnumber

        national_leading_zeroes = self.national_leading_zeroes

        rawinput: None | str | Unset
        if isinstance(self.rawinput, Unset):
            rawinput = UNSET
        else:
            rawinput = self.rawinput

        international = self.international

        type_ = self.type_

        is_valid = self.is_valid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if countrycode is not UNSET:
            field_dict["countrycode"] = countrycode
        if nationalnumber is not UNSET:
            field_dict["nationalnumber"] = nationalnumber
        if national_leading_zeroes is not UNSET:
            field_dict["national_leading_zeroes"] = national_leading_zeroes
        if rawinput is not UNSET:
            field_dict["rawinput"] = rawinput
        if international is not UNSET:
            field_dict["international"] = international
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_valid is not UNSET:
            field_dict["isValid"] = is_valid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        countrycode = d.pop("countrycode", UNSET)

        nationalnumber = d.pop("nationalnumber", UNSET)

        national_leading_zeroes = d.pop("national_leading_zeroes", UNSET)

        def _parse_rawinput(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rawinput = _parse_rawinput(d.pop("rawinput", UNSET))

        international = d.pop("international", UNSET)

        type_ = d.pop("type", UNSET)

        is_valid = d.pop("isValid", UNSET)

        formatted_number = cls(
            countrycode=countrycode,
            nationalnumber=nationalnumber,
            national_leading_zeroes=national_leading_zeroes,
            rawinput=rawinput,
            international=international,
            type_=type_,
            is_valid=is_valid,
        )

        formatted_number.additional_properties = d
        return formatted_number

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
