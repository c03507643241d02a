from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RemoveListRequest")


@_attrs_define
class RemoveListRequest:
    """Form fields of remove-list.

    Attributes:
        list_id (int): List identifier.
    """

    list_id: int

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "list_id": list_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        list_id = d.pop("list_id")

        remove_list_request = cls(
            list_id=list_id,
        )

        return remove_list_request
