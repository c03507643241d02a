from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteFromListRequest")


@_attrs_define
class DeleteFromListRequest:
    """Form fields of delete-from-list.

    Attributes:
        msisdn (str): Contact number in international format, or local format with `countrycode`.
        list_id (int | Unset): List identifier; 0 removes the contact from all lists.
        countrycode (str | Unset): ISO 3166 alpha-2 code or country name (case-insensitive); local-format numbers are
            converted to international format for that country.
    """

    msisdn: str
    list_id: int | Unset = UNSET
    countrycode: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msisdn = self.msisdn

        list_id = self.list_id

        countrycode = self.countrycode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msisdn": msisdn,
            }
        )
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if countrycode is not UNSET:
            field_dict["countrycode"] = countrycode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        msisdn = d.pop("msisdn")

        list_id = d.pop("list_id", UNSET)

        countrycode = d.pop("countrycode", UNSET)

        delete_from_list_request = cls(
            msisdn=msisdn,
            list_id=list_id,
            countrycode=countrycode,
        )

        delete_from_list_request.additional_properties = d
        return delete_from_list_request

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
