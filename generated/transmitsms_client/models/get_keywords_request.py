from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetKeywordsRequest")


@_attrs_define
class GetKeywordsRequest:
    """Form fields of get-keywords.

    Attributes:
        number (int | Unset): Only keywords on this virtual number.
        page (int | Unset): Page to return (1-based). Default: 1.
        max_ (int | Unset): Results per page. Default: 10.
    """

    number: int | Unset = UNSET
    page: int | Unset = 1
    max_: int | Unset = 10
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        page = self.page

        max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if page is not UNSET:
            field_dict["page"] = page
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        page = d.pop("page", UNSET)

        max_ = d.pop("max", UNSET)

        get_keywords_request = cls(
            number=number,
            page=page,
            max_=max_,
        )

        get_keywords_request.additional_properties = d
        return get_keywords_request

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
