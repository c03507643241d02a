from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_entry import FieldEntry
    from ..models.field_map import FieldMap


T = TypeVar("T", bound="Member")


@_attrs_define
class Member:
    """A contact on a list.

    Attributes:
        list_id (int | Unset): List the contact belongs to.
        msisdn (int | Unset): Contact's number.
        first_name (None | str | Unset): First name.
        last_name (None | str | Unset): Last name.
        created_at (str | Unset): When the contact was added (`YYYY-MM-DD HH:MM:SS`, UTC).
        status (str | Unset): Contact state (an open string; the documented words are listed).
        fields (FieldMap | list[FieldEntry] | Unset): Custom fields: an object by default, an array of name/value pairs
            with `response_style=array`, and `[]` when there are none.
    """

    list_id: int | Unset = UNSET
    msisdn: int | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    status: str | Unset = UNSET
    fields: FieldMap | list[FieldEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        msisdn = self.msisdn

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        created_at = self.created_at

        status = self.status

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if status is not UNSET:
            field_dict["status"] = status
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.field_entry import FieldEntry
        from ..models.field_map import FieldMap

        d = dict(src_dict)
        list_id = d.pop("list_id", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        created_at = d.pop("created_at", UNSET)

        status = d.pop("status", UNSET)

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

        member = cls(
            list_id=list_id,
            msisdn=msisdn,
            first_name=first_name,
            last_name=last_name,
            created_at=created_at,
            status=status,
            fields=fields,
        )

        member.additional_properties = d
        return member

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
