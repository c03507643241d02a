from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        msisdn = self.msisdn

        list_id = self.list_id

        field_dict: dict[str, Any] = {}

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

        return optout_list_member_request
