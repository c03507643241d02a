from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_block import ErrorBlock
    from ..models.number_object import NumberObject
    from ..models.page_block import PageBlock


T = TypeVar("T", bound="GetNumbersResponse")


@_attrs_define
class GetNumbersResponse:
    """Answer to get-numbers.

    Attributes:
        page (PageBlock): Pagination block of paginated answers.
        numbers_total (int): Numbers matching the filter.
        numbers (list[NumberObject]):
        error (ErrorBlock): Outcome block carried by every answer, successful or not.
        filter_ (str | Unset): The filter applied (`owned` or `available`).
    """

    page: PageBlock
    numbers_total: int
    numbers: list[NumberObject]
    error: ErrorBlock
    filter_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page.to_dict()

        numbers_total = self.numbers_total

        numbers = []
        for numbers_item_data in self.numbers:
            numbers_item = numbers_item_data.to_dict()
            numbers.append(numbers_item)

        error = self.error.to_dict()

        filter_ = self.filter_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "numbers_total": numbers_total,
                "numbers": numbers,
                "error": error,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_block import ErrorBlock
        from ..models.number_object import NumberObject
        from ..models.page_block import PageBlock

        d = dict(src_dict)
        page = PageBlock.from_dict(d.pop("page"))

        numbers_total = d.pop("numbers_total")

        numbers = []
        _numbers = d.pop("numbers")
        for numbers_item_data in _numbers:
            numbers_item = NumberObject.from_dict(numbers_item_data)

            numbers.append(numbers_item)

        error = ErrorBlock.from_dict(d.pop("error"))

        filter_ = d.pop("filter", UNSET)

        get_numbers_response = cls(
            page=page,
            numbers_total=numbers_total,
            numbers=numbers,
            error=error,
            filter_=filter_,
        )

        get_numbers_response.additional_properties = d
        return get_numbers_response

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
