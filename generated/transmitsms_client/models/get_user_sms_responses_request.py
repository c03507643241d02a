from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.keywords_filter import KeywordsFilter
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUserSmsResponsesRequest")


@_attrs_define
class GetUserSmsResponsesRequest:
    """Form fields of get-user-sms-responses.

    Attributes:
        start (str | Unset): Start of the window, UTC (`YYYY-MM-DD HH:MM:SS`; a plain date is also accepted).
        end (str | Unset): End of the window, UTC (`YYYY-MM-DD HH:MM:SS`; a plain date is also accepted).
        keywords (KeywordsFilter | Unset): Keyword-match filter for replies.
        include_original (bool | Unset): Also return the text of the answered message. Default: False.
        number (int | Unset): Only replies received on this virtual number (sent by the official PHP client; not in the
            reference tables).
        page (int | Unset): Page to return (1-based). Default: 1.
        max_ (int | Unset): Results per page. Default: 10.
    """

    start: str | Unset = UNSET
    end: str | Unset = UNSET
    keywords: KeywordsFilter | Unset = UNSET
    include_original: bool | Unset = False
    number: int | Unset = UNSET
    page: int | Unset = 1
    max_: int | Unset = 10
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        keywords: str | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = self.keywords.value

        include_original = self.include_original

        number = self.number

        page = self.page

        max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if include_original is not UNSET:
            field_dict["include_original"] = include_original
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
        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        _keywords = d.pop("keywords", UNSET)
        keywords: KeywordsFilter | Unset
        if isinstance(_keywords, Unset):
            keywords = UNSET
        else:
            keywords = KeywordsFilter(_keywords)

        include_original = d.pop("include_original", UNSET)

        number = d.pop("number", UNSET)

        page = d.pop("page", UNSET)

        max_ = d.pop("max", UNSET)

        get_user_sms_responses_request = cls(
            start=start,
            end=end,
            keywords=keywords,
            include_original=include_original,
            number=number,
            page=page,
            max_=max_,
        )

        get_user_sms_responses_request.additional_properties = d
        return get_user_sms_responses_request

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
