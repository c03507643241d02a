from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_block import ErrorBlock
    from ..models.keyword import Keyword
    from ..models.page_block import PageBlock


T = TypeVar("T", bound="GetKeywordsResponse")


@_attrs_define
class GetKeywordsResponse:
    """Answer to get-keywords.

    Attributes:
        page (PageBlock | Unset): Pagination block of paginated answers.
        keywords_total (int | Unset): Keywords matching the filter.
        keywords (list[Keyword] | Unset):
        error (ErrorBlock | Unset): Outcome block carried by every answer, successful or not.
    """

    page: PageBlock | Unset = UNSET
    keywords_total: int | Unset = UNSET
    keywords: list[Keyword] | Unset = UNSET
    error: ErrorBlock | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page.to_dict()

        keywords_total = self.keywords_total

        keywords: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = []
            for keywords_item_data in self.keywords:
                keywords_item = keywords_item_data.to_dict()
                keywords.append(keywords_item)

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if keywords_total is not UNSET:
            field_dict["keywords_total"] = keywords_total
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_block import ErrorBlock
        from ..models.keyword import Keyword
        from ..models.page_block import PageBlock

        d = dict(src_dict)
        _page = d.pop("page", UNSET)
        page: PageBlock | Unset
        if isinstance(_page, Unset):
            page = UNSET
        else:
            page = PageBlock.from_dict(_page)

        keywords_total = d.pop("keywords_total", UNSET)

        _keywords = d.pop("keywords", UNSET)
        keywords: list[Keyword] | Unset = UNSET
        if _keywords is not UNSET:
            keywords = []
            for keywords_item_data in _keywords:
                keywords_item = Keyword.from_dict(keywords_item_data)

                keywords.append(keywords_item)

        _error = d.pop("error", UNSET)
        error: ErrorBlock | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorBlock.from_dict(_error)

        get_keywords_response = cls(
            page=page,
            keywords_total=keywords_total,
            keywords=keywords,
            error=error,
        )

        get_keywords_response.additional_properties = d
        return get_keywords_response

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
