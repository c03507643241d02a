from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="NumberQueryRequest")


@_attrs_define
class NumberQueryRequest:
    """
    Attributes:
        number (str): Number(s) to check in international form as digits only (no `+` or `00`),
            comma-separated, at most 30. Duplicates are ignored.
    """

    number: str

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "number": number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number = d.pop("number")

        number_query_request = cls(
            number=number,
        )

        return number_query_request
