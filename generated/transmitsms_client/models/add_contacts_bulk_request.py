from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddContactsBulkRequest")


@_attrs_define
class AddContactsBulkRequest:
    """Form fields of add-contacts-bulk.

    Attributes:
        list_id (int | Unset): List to import into. Required unless `name` is given.
        name (str | Unset): Name of a new list to create and import into. Required unless `list_id` is given.
        countrycode (str | Unset): ISO 3166 alpha-2 code or country name (case-insensitive); local-format numbers are
            converted to international format for that country.
        file_url (str | Unset): Direct URL of the CSV file (no redirects; Basic credentials may be part of the URL).
        field_1 (str | Unset): Name of custom field 1: created, or mapped to the file column of that name.
        field_2 (str | Unset): Name of custom field 2: created, or mapped to the file column of that name.
        field_3 (str | Unset): Name of custom field 3: created, or mapped to the file column of that name.
        field_4 (str | Unset): Name of custom field 4: created, or mapped to the file column of that name.
        field_5 (str | Unset): Name of custom field 5: created, or mapped to the file column of that name.
        field_6 (str | Unset): Name of custom field 6: created, or mapped to the file column of that name.
        field_7 (str | Unset): Name of custom field 7: created, or mapped to the file column of that name.
        field_8 (str | Unset): Name of custom field 8: created, or mapped to the file column of that name.
        field_9 (str | Unset): Name of custom field 9: created, or mapped to the file column of that name.
        field_10 (str | Unset): Name of custom field 10: created, or mapped to the file column of that name.
    """

    list_id: int | Unset = UNSET
    name: str | Unset = UNSET
    countrycode: str | Unset = UNSET
    file_url: str | Unset = UNSET
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        name = self.name

        countrycode = self.countrycode

        file_url = self.file_url

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if name is not UNSET:
            field_dict["name"] = name
        if countrycode is not UNSET:
            field_dict["countrycode"] = countrycode
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        list_id = d.pop("list_id", UNSET)

        name = d.pop("name", UNSET)

        countrycode = d.pop("countrycode", UNSET)

        file_url = d.pop("file_url", UNSET)

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

        add_contacts_bulk_request = cls(
            list_id=list_id,
            name=name,
            countrycode=countrycode,
            file_url=file_url,
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
        )

        add_contacts_bulk_request.additional_properties = d
        return add_contacts_bulk_request

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
