from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_entry import FieldEntry
    from ..models.field_map import FieldMap


T = TypeVar("T", bound="ListObject")


@_attrs_define
class ListObject:
    """Metadata of a contact list.

    Attributes:
        id (int | Unset): List identifier.
        name (str | Unset): List name.
        created (None | str | Unset): When the list was created; null for keyword auto-lists (`YYYY-MM-DD HH:MM:SS`,
            UTC).
        members_active (int | Unset): Active contacts.
        fields (FieldMap | list[FieldEntry] | Unset): Custom fields: an object by default, an array of name/value pairs
            with `response_style=array`, and `[]` when there are none.
        members_total (int | Unset): All contacts, deleted ones included.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    created: None | str | Unset = UNSET
    members_active: int | Unset = UNSET
    fields: FieldMap | list[FieldEntry] | Unset = UNSET
    members_total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        members_active = self.members_active

        fields: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, list):
            fields = []
            for componentsschemas_custom_fields_type_0_item_data in self.fields:
                componentsschemas_custom_fields_type_0_item = componentsschemas_custom_fields_type_0_item_data.to_dict()
                fields.append(componentsschemas_custom_fields_type_0_item)

        else:
            fields = self.fields.to_dict()

        members_total = self.members_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if created is not UNSET:
            field_dict["created"] = created
        if members_active is not UNSET:
            field_dict["members_active"] = members_active
        if fields is not UNSET:
            field_dict["fields"] = fields
        if members_total is not UNSET:
            field_dict["members_total"] = members_total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.field_entry import FieldEntry
        from ..models.field_map import FieldMap

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        members_active = d.pop("members_active", UNSET)

        def _parse_fields(data: object) -> FieldMap | list[FieldEntry] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_custom_fields_type_0 = []
                _componentsschemas_custom_fields_type_0 = data
                for componentsschemas_custom_fields_type_0_item_data in _componentsschemas_custom_fields_type_0:
                    componentsschemas_custom_fields_type_0_item = FieldEntry.from_dict(
                        componentsschemas_custom_fields_type_0_item_data
                    )

                    componentsschemas_custom_fields_type_0.append(componentsschemas_custom_fields_type_0_item)

                return componentsschemas_custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_custom_fields_type_1 = FieldMap.from_dict(data)

            return componentsschemas_custom_fields_type_1

        fields = _parse_fields(d.pop("fields", UNSET))

        members_total = d.pop("members_total", UNSET)

        list_object = cls(
            id=id,
            name=name,
            created=created,
            members_active=members_active,
            fields=fields,
            members_total=members_total,
        )

        list_object.additional_properties = d
        return list_object

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
