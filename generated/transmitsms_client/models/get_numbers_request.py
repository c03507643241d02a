from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.numbers_filter import NumbersFilter
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetNumbersRequest")


@_attrs_define
class GetNumbersRequest:
    """Form fields of get-numbers.

    Attributes:
        filter_ (NumbersFilter | Unset): Which numbers to list.
        page (int | Unset): Page to return (1-based). Default: 1.
        max_ (int | Unset): Results per page. Default: 10.
    """

    filter_: NumbersFilter | Unset = UNSET
    page: int | Unset = 1
    max_: int | Unset = 10

    def to_dict(self) -> dict[str, Any]:
        filter_: str | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.value

        page = self.page

        max_ = self.max_

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if page is not UNSET:
            field_dict["page"] = page
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: NumbersFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = NumbersFilter(_filter_)

        page = d.pop("page", UNSET)

        max_ = d.pop("max", UNSET)

        get_numbers_request = cls(
            filter_=filter_,
            page=page,
            max_=max_,
        )

        return get_numbers_request
