from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_block import ErrorBlock
    from ..models.list_object import ListObject
    from ..models.page_block import PageBlock


T = TypeVar("T", bound="GetListsResponse")


@_attrs_define
class GetListsResponse:
    """Answer to get-lists.

    Attributes:
        page (PageBlock | Unset): Pagination block of paginated answers.
        lists_total (int | Unset): Number of lists in the account.
        lists (list[ListObject] | Unset):
        error (ErrorBlock | Unset): Outcome block carried by every answer, successful or not.
    """

    page: PageBlock | Unset = UNSET
    lists_total: int | Unset = UNSET
    lists: list[ListObject] | Unset = UNSET
    error: ErrorBlock | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page.to_dict()

        lists_total = self.lists_total

        lists: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lists, Unset):
            lists = []
            for lists_item_data in self.lists:
                lists_item = lists_item_data.to_dict()
                lists.append(lists_item)

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if lists_total is not UNSET:
            field_dict["lists_total"] = lists_total
        if lists is not UNSET:
            field_dict["lists"] = lists
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_block import ErrorBlock
        from ..models.list_object import ListObject
        from ..models.page_block import PageBlock

        d = dict(src_dict)
        _page = d.pop("page", UNSET)
        page: PageBlock | Unset
        if isinstance(_page, Unset):
            page = UNSET
        else:
            page = PageBlock.from_dict(_page)

        lists_total = d.pop("lists_total", UNSET)

        _lists = d.pop("lists", UNSET)
        lists: list[ListObject] | Unset = UNSET
        if _lists is not UNSET:
            lists = []
            for lists_item_data in _lists:
                lists_item = ListObject.from_dict(lists_item_data)

                lists.append(lists_item)

        _error = d.pop("error", UNSET)
        error: ErrorBlock | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorBlock.from_dict(_error)

        get_lists_response = cls(
            page=page,
            lists_total=lists_total,
            lists=lists,
            error=error,
        )

        get_lists_response.additional_properties = d
        return get_lists_response

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
