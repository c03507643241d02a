from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.members_filter import MembersFilter
from ..models.response_style import ResponseStyle
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetListRequest")


@_attrs_define
class GetListRequest:
    """Form fields of get-list.

    Attributes:
        list_id (int): List identifier.
        page (int | Unset): Page to return (1-based). Default: 1.
        max_ (int | Unset): Results per page. Default: 10.
        members (MembersFilter | Unset): Contact-state filter for list members.
        response_style (ResponseStyle | Unset): `array` returns custom fields as a list of name/value pairs instead of
            an object.
    """

    list_id: int
    page: int | Unset = 1
    max_: int | Unset = 10
    members: MembersFilter | Unset = UNSET
    response_style: ResponseStyle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        page = self.page

        max_ = self.max_

        members: str | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = self.members.value

        response_style: str | Unset = UNSET
        if not isinstance(self.response_style, Unset):
            response_style = self.response_style.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page
        if max_ is not UNSET:
            field_dict["max"] = max_
        if members is not UNSET:
            field_dict["members"] = members
        if response_style is not UNSET:
            field_dict["response_style"] = response_style

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        list_id = d.pop("list_id")

        page = d.pop("page", UNSET)

        max_ = d.pop("max", UNSET)

        _members = d.pop("members", UNSET)
        members: MembersFilter | Unset
        if isinstance(_members, Unset):
            members = UNSET
        else:
            members = MembersFilter(_members)

        _response_style = d.pop("response_style", UNSET)
        response_style: ResponseStyle | Unset
        if isinstance(_response_style, Unset):
            response_style = UNSET
        else:
            response_style = ResponseStyle(_response_style)

        get_list_request = cls(
            list_id=list_id,
            page=page,
            max_=max_,
            members=members,
            response_style=response_style,
        )

        get_list_request.additional_properties = d
        return get_list_request

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
