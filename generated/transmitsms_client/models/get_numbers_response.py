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
        page (PageBlock | Unset): Pagination block of paginated answers.
        numbers_total (int | Unset): Numbers matching the filter.
        filter_ (str | Unset): The filter applied (`owned` or `available`).
        numbers (list[NumberObject] | Unset):
        error (ErrorBlock | Unset): Outcome block carried by every answer, successful or not.
    """

    page: PageBlock | Unset = UNSET
    numbers_total: int | Unset = UNSET
    filter_: str | Unset = UNSET
    numbers: list[NumberObject] | Unset = UNSET
    error: ErrorBlock | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page.to_dict()

        numbers_total = self.numbers_total

        filter_ = self.filter_

        numbers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.numbers, Unset):
            numbers = []
            for numbers_item_data in self.numbers:
                numbers_item = numbers_item_data.to_dict()
                numbers.append(numbers_item)

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if numbers_total is not UNSET:
            field_dict["numbers_total"] = numbers_total
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if numbers is not UNSET:
            field_dict["numbers"] = numbers
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_block import ErrorBlock
        from ..models.number_object import NumberObject
        from ..models.page_block import PageBlock

        d = dict(src_dict)
        _page = d.pop("page", UNSET)
        page: PageBlock | Unset
        if isinstance(_page, Unset):
            page = UNSET
        else:
            page = PageBlock.from_dict(_page)

        numbers_total = d.pop("numbers_total", UNSET)

        filter_ = d.pop("filter", UNSET)

        _numbers = d.pop("numbers", UNSET)
        numbers: list[NumberObject] | Unset = UNSET
        if _numbers is not UNSET:
            numbers = []
            for numbers_item_data in _numbers:
                numbers_item = NumberObject.from_dict(numbers_item_data)

                numbers.append(numbers_item)

        _error = d.pop("error", UNSET)
        error: ErrorBlock | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorBlock.from_dict(_error)

        get_numbers_response = cls(
            page=page,
            numbers_total=numbers_total,
            filter_=filter_,
            numbers=numbers,
            error=error,
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
