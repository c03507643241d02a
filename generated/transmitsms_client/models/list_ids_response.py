from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.error_block import ErrorBlock


T = TypeVar("T", bound="ListIdsResponse")


@_attrs_define
class ListIdsResponse:
    """Answer to delete-from-list and optout-list-member.

    Attributes:
        list_ids (list[int]): Lists the contact was removed or opted out from.
        error (ErrorBlock): Outcome block carried by every answer, successful or not.
    """

    list_ids: list[int]
    error: ErrorBlock
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_ids = self.list_ids

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_ids": list_ids,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_block import ErrorBlock

        d = dict(src_dict)
        list_ids = cast(list[int], d.pop("list_ids"))

        error = ErrorBlock.from_dict(d.pop("error"))

        list_ids_response = cls(
            list_ids=list_ids,
            error=error,
        )

        list_ids_response.additional_properties = d
        return list_ids_response

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
