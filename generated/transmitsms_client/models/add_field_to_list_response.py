from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_block import ErrorBlock
    from ..models.field_entry import FieldEntry


T = TypeVar("T", bound="AddFieldToListResponse")


@_attrs_define
class AddFieldToListResponse:
    """Answer to add-field-to-list: the list and the fields set by the call, as `custom_n` keys (default) or as a `fields`
    array of name/value pairs (`response_style=array`).

        Attributes:
            custom_1 (str | Unset): Name now given to custom field 1.
            custom_2 (str | Unset): Name now given to custom field 2.
            custom_3 (str | Unset): Name now given to custom field 3.
            custom_4 (str | Unset): Name now given to custom field 4.
            custom_5 (str | Unset): Name now given to custom field 5.
            custom_6 (str | Unset): Name now given to custom field 6.
            custom_7 (str | Unset): Name now given to custom field 7.
            custom_8 (str | Unset): Name now given to custom field 8.
            custom_9 (str | Unset): Name now given to custom field 9.
            custom_10 (str | Unset): Name now given to custom field 10.
            fields (list[FieldEntry] | Unset): The fields set, with `response_style=array` (`name` is `custom_n`).
            id (int | Unset): List identifier.
            error (ErrorBlock | Unset): Outcome block carried by every answer, successful or not.
    """

    custom_1: str | Unset = UNSET
    custom_2: str | Unset = UNSET
    custom_3: str | Unset = UNSET
    custom_4: str | Unset = UNSET
    custom_5: str | Unset = UNSET
    custom_6: str | Unset = UNSET
    custom_7: str | Unset = UNSET
    custom_8: str | Unset = UNSET
    custom_9: str | Unset = UNSET
    custom_10: str | Unset = UNSET
    fields: list[FieldEntry] | Unset = UNSET
    id: int | Unset = UNSET
    error: ErrorBlock | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_1 = self.custom_1

        custom_2 = self.custom_2

        custom_3 = self.custom_3

        custom_4 = self.custom_4

        custom_5 = self.custom_5

        custom_6 = self.custom_6

        custom_7 = self.custom_7

        custom_8 = self.custom_8

        custom_9 = self.custom_9

        custom_10 = self.custom_10

        fields: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = []
            for fields_item_data in self.fields:
                fields_item = fields_item_data.to_dict()
                fields.append(fields_item)

        id = self.id

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom_1 is not UNSET:
            field_dict["custom_1"] = custom_1
        if custom_2 is not UNSET:
            field_dict["custom_2"] = custom_2
        if custom_3 is not UNSET:
            field_dict["custom_3"] = custom_3
        if custom_4 is not UNSET:
            field_dict["custom_4"] = custom_4
        if custom_5 is not UNSET:
            field_dict["custom_5"] = custom_5
        if custom_6 is not UNSET:
            field_dict["custom_6"] = custom_6
        if custom_7 is not UNSET:
            field_dict["custom_7"] = custom_7
        if custom_8 is not UNSET:
            field_dict["custom_8"] = custom_8
        if custom_9 is not UNSET:
            field_dict["custom_9"] = custom_9
        if custom_10 is not UNSET:
            field_dict["custom_10"] = custom_10
        if fields is not UNSET:
            field_dict["fields"] = fields
        if id is not UNSET:
            field_dict["id"] = id
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_block import ErrorBlock
        from ..models.field_entry import FieldEntry

        d = dict(src_dict)
        custom_1 = d.pop("custom_1", UNSET)

        custom_2 = d.pop("custom_2", UNSET)

        custom_3 = d.pop("custom_3", UNSET)

        custom_4 = d.pop("custom_4", UNSET)

        custom_5 = d.pop("custom_5", UNSET)

        custom_6 = d.pop("custom_6", UNSET)

        custom_7 = d.pop("custom_7", UNSET)

        custom_8 = d.pop("custom_8", UNSET)

        custom_9 = d.pop("custom_9", UNSET)

        custom_10 = d.pop("custom_10", UNSET)

        _fields = d.pop("fields", UNSET)
        fields: list[FieldEntry] | Unset = UNSET
        if _fields is not UNSET:
            fields = []
            for fields_item_data in _fields:
                fields_item = FieldEntry.from_dict(fields_item_data)

                fields.append(fields_item)

        id = d.pop("id", UNSET)

        _error = d.pop("error", UNSET)
        error: ErrorBlock | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorBlock.from_dict(_error)

        add_field_to_list_response = cls(
            custom_1=custom_1,
            custom_2=custom_2,
            custom_3=custom_3,
            custom_4=custom_4,
            custom_5=custom_5,
            custom_6=custom_6,
            custom_7=custom_7,
            custom_8=custom_8,
            custom_9=custom_9,
            custom_10=custom_10,
            fields=fields,
            id=id,
            error=error,
        )

        add_field_to_list_response.additional_properties = d
        return add_field_to_list_response

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
