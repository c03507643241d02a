from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="GetNumberRequest")


@_attrs_define
class GetNumberRequest:
    """Form fields of get-number.

    Attributes:
        number (int): The virtual number.
    """

    number: int

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

        get_number_request = cls(
            number=number,
        )

        return get_number_request
