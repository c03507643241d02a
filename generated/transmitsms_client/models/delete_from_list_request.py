from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        msisdn = self.msisdn

        list_id = self.list_id

        countrycode = self.countrycode

        field_dict: dict[str, Any] = {}

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

        return delete_from_list_request
