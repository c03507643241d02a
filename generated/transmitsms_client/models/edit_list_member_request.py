from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_style import ResponseStyle
from ..types import UNSET, Unset

T = TypeVar("T", bound="EditListMemberRequest")


@_attrs_define
class EditListMemberRequest:
    """Form fields of edit-list-member.

    Attributes:
        list_id (int): List identifier.
        msisdn (str): Number of the contact, international format.
        first_name (str | Unset): New first name.
        last_name (str | Unset): New last name.
        field_1 (str | Unset): Contact's value for custom field 1.
        field_2 (str | Unset): Contact's value for custom field 2.
        field_3 (str | Unset): Contact's value for custom field 3.
        field_4 (str | Unset): Contact's value for custom field 4.
        field_5 (str | Unset): Contact's value for custom field 5.
        field_6 (str | Unset): Contact's value for custom field 6.
        field_7 (str | Unset): Contact's value for custom field 7.
        field_8 (str | Unset): Contact's value for custom field 8.
        field_9 (str | Unset): Contact's value for custom field 9.
        field_10 (str | Unset): Contact's value for custom field 10.
        response_style (ResponseStyle | Unset): `array` returns custom fields as a list of name/value pairs instead of
            an object.
    """

    list_id: int
    msisdn: str
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    field_1: str | Unset = UNSET
    field_2: str | Unset = UNSET
    field_3: str | Unset = UNSET
    field_4: str | Unset = UNSET
    field_5: str | Unset = UNSET
    field_6: str | Unset = UNSET
    field_7: str | Unset = UNSET
    field_8: str | Unset = UNSET
    field_9: str | Unset = UNSET
    field_10: str | Unset = UNSET
    response_style: ResponseStyle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        msisdn = self.msisdn

        first_name = self.first_name

        last_name = self.last_name

        field_1 = self.field_1

        field_2 = self.field_2

        field_3 = self.field_3

        field_4 = self.field_4

        field_5 = self.field_5

        field_6 = self.field_6

        field_7 = self.field_7

        field_8 = self.field_8

        field_9 = self.field_9

        field_10 = self.field_10

        response_style: str | Unset = UNSET
        if not isinstance(self.response_style, Unset):
            response_style = self.response_style.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_id": list_id,
                "msisdn": msisdn,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if field_1 is not UNSET:
            field_dict["field_1"] = field_1
        if field_2 is not UNSET:
            field_dict["field_2"] = field_2
        if field_3 is not UNSET:
            field_dict["field_3"] = field_3
        if field_4 is not UNSET:
            field_dict["field_4"] = field_4
        if field_5 is not UNSET:
            field_dict["field_5"] = field_5
        if field_6 is not UNSET:
            field_dict["field_6"] = field_6
        if field_7 is not UNSET:
            field_dict["field_7"] = field_7
        if field_8 is not UNSET:
            field_dict["field_8"] = field_8
        if field_9 is not UNSET:
            field_dict["field_9"] = field_9
        if field_10 is not UNSET:
            field_dict["field_10"] = field_10
        if response_style is not UNSET:
            field_dict["response_style"] = response_style

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        list_id = d.pop("list_id")

        msisdn = d.pop("msisdn")

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        field_1 = d.pop("field_1", UNSET)

        field_2 = d.pop("field_2", UNSET)

        field_3 = d.pop("field_3", UNSET)

        field_4 = d.pop("field_4", UNSET)

        field_5 = d.pop("field_5", UNSET)

        field_6 = d.pop("field_6", UNSET)

        field_7 = d.pop("field_7", UNSET)

        field_8 = d.pop("field_8", UNSET)

        field_9 = d.pop("field_9", UNSET)

        field_10 = d.pop("field_10", UNSET)

        _response_style = d.pop("response_style", UNSET)
        response_style: ResponseStyle | Unset
        if isinstance(_response_style, Unset):
            response_style = UNSET
        else:
            response_style = ResponseStyle(_response_style)

        edit_list_member_request = cls(
            list_id=list_id,
            msisdn=msisdn,
            first_name=first_name,
            last_name=last_name,
            field_1=field_1,
            field_2=field_2,
            field_3=field_3,
            field_4=field_4,
            field_5=field_5,
            field_6=field_6,
            field_7=field_7,
            field_8=field_8,
            field_9=field_9,
            field_10=field_10,
            response_style=response_style,
        )

        edit_list_member_request.additional_properties = d
        return edit_list_member_request

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
