from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSmsResponsesRequest")


@_attrs_define
class GetSmsResponsesRequest:
    """Form fields of get-sms-responses.

    Attributes:
        message_id (int | Unset): Message whose replies are wanted.
        keyword_id (int | Unset): Keyword whose matches are wanted.
        keyword (str | Unset): Keyword name; requires `number`.
        number (int | Unset): Virtual number the keyword belongs to (required with `keyword`).
        msisdn (int | Unset): Only replies from this number.
        start (str | Unset): Start of the window, UTC (`YYYY-MM-DD HH:MM:SS`; a plain date is also accepted).
        end (str | Unset): End of the window, UTC (`YYYY-MM-DD HH:MM:SS`; a plain date is also accepted).
        include_original (bool | Unset): Also return the text of the answered message. Default: False.
        page (int | Unset): Page to return (1-based). Default: 1.
        max_ (int | Unset): Results per page. Default: 10.
    """

    message_id: int | Unset = UNSET
    keyword_id: int | Unset = UNSET
    keyword: str | Unset = UNSET
    number: int | Unset = UNSET
    msisdn: int | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    include_original: bool | Unset = False
    page: int | Unset = 1
    max_: int | Unset = 10
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        keyword_id = self.keyword_id

        keyword = self.keyword

        number = self.number

        msisdn = self.msisdn

        start = self.start

        end = self.end

        include_original = self.include_original

        page = self.page

        max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if keyword_id is not UNSET:
            field_dict["keyword_id"] = keyword_id
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if number is not UNSET:
            field_dict["number"] = number
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if include_original is not UNSET:
            field_dict["include_original"] = include_original
        if page is not UNSET:
            field_dict["page"] = page
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message_id = d.pop("message_id", UNSET)

        keyword_id = d.pop("keyword_id", UNSET)

        keyword = d.pop("keyword", UNSET)

        number = d.pop("number", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        include_original = d.pop("include_original", UNSET)

        page = d.pop("page", UNSET)

        max_ = d.pop("max", UNSET)

        get_sms_responses_request = cls(
            message_id=message_id,
            keyword_id=keyword_id,
            keyword=keyword,
            number=number,
            msisdn=msisdn,
            start=start,
            end=end,
            include_original=include_original,
            page=page,
            max_=max_,
        )

        get_sms_responses_request.additional_properties = d
        return get_sms_responses_request

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
