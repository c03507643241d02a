from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.error_block import ErrorBlock
    from ..models.keyword import Keyword
    from ..models.page_block import PageBlock


T = TypeVar("T", bound="GetKeywordsResponse")


@_attrs_define
class GetKeywordsResponse:
    """Answer to get-keywords.

    Attributes:
        page (PageBlock): Pagination block of paginated answers.
        keywords_total (int): Keywords matching the filter.
        keywords (list[Keyword]):
        error (ErrorBlock): Outcome block carried by every answer, successful or not.
    """

    page: PageBlock
    keywords_total: int
    keywords: list[Keyword]
    error: ErrorBlock
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page.to_dict()

        keywords_total = self.keywords_total

        keywords = []
        for keywords_item_data in self.keywords:
            keywords_item = keywords_item_data.to_dict()
            keywords.append(keywords_item)

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "keywords_total": keywords_total,
                "keywords": keywords,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_block import ErrorBlock
        from ..models.keyword import Keyword
        from ..models.page_block import PageBlock

        d = dict(src_dict)
        page = PageBlock.from_dict(d.pop("page"))

        keywords_total = d.pop("keywords_total")

        keywords = []
        _keywords = d.pop("keywords")
        for keywords_item_data in _keywords:
            keywords_item = Keyword.from_dict(keywords_item_data)

            keywords.append(keywords_item)

        error = ErrorBlock.from_dict(d.pop("error"))

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
