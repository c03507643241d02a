from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OptoutListMemberRequest")


@_attrs_define
class OptoutListMemberRequest:
    """Form fields of optout-list-member.

    Attributes:
        msisdn (int): Contact number (digits, international format).
        list_id (int | Unset): List identifier; 0 opts the contact out of all lists.
    """

    msisdn: int
    list_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msisdn = self.msisdn

        list_id = self.list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msisdn": msisdn,
            }
        )
        if list_id is not UNSET:
            field_dict["list_id"] = list_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        msisdn = d.pop("msisdn")

        list_id = d.pop("list_id", UNSET)

        optout_list_member_request = cls(
            msisdn=msisdn,
            list_id=list_id,
        )

        optout_list_member_request.additional_properties = d
        return optout_list_member_request

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
