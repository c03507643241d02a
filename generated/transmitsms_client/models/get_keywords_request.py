from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

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

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        page = self.page

        max_ = self.max_

        field_dict: dict[str, Any] = {}

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

        return get_keywords_request
