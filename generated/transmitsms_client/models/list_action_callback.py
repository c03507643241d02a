from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListActionCallback")


@_attrs_define
class ListActionCallback:
    """Query parameters of a list-automation callback; every custom field of the contact is added under its own name.

    Attributes:
        type_ (str | Unset): What happened to the contact (the docs write it capitalised, the example lowercase; an open
            string).
        datetime_entry (str | Unset): When it happened (`YYYY-MM-DD HH:MM:SS`, UTC).
        list_id (int | Unset): List concerned.
        mobile (int | Unset): Contact's number.
        firstname (str | Unset): Contact's first name.
        lastname (str | Unset): Contact's last name.
    """

    type_: str | Unset = UNSET
    datetime_entry: str | Unset = UNSET
    list_id: int | Unset = UNSET
    mobile: int | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        datetime_entry = self.datetime_entry

        list_id = self.list_id

        mobile = self.mobile

        firstname = self.firstname

        lastname = self.lastname

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if datetime_entry is not UNSET:
            field_dict["datetime_entry"] = datetime_entry
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        datetime_entry = d.pop("datetime_entry", UNSET)

        list_id = d.pop("list_id", UNSET)

        mobile = d.pop("mobile", UNSET)

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        list_action_callback = cls(
            type_=type_,
            datetime_entry=datetime_entry,
            list_id=list_id,
            mobile=mobile,
            firstname=firstname,
            lastname=lastname,
        )

        list_action_callback.additional_properties = d
        return list_action_callback

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
