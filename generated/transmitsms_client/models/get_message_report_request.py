from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_message_report_request_type import GetMessageReportRequestType
from ..models.response_style import ResponseStyle
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetMessageReportRequest")


@_attrs_define
class GetMessageReportRequest:
    """Form fields of get-message-report.

    Attributes:
        start (str | Unset): Start of the window, UTC (`YYYY-MM-DD HH:MM:SS`; a plain date is also accepted). At most 30
            days before `end`.
        end (str | Unset): End of the window, UTC (`YYYY-MM-DD HH:MM:SS`; a plain date is also accepted). At most 30
            days after `start`.
        list_id (int | Unset): List to look the contacts' names and custom fields up in.
        number (int | Unset): Only messages sent from this virtual number.
        type_ (GetMessageReportRequestType | Unset): Only messages sent this way (`all`: every message).
        page (int | Unset): Page to return (1-based). Default: 1.
        max_ (int | Unset): Results per page. Default: 10.
        response_style (ResponseStyle | Unset): `array` returns custom fields as a list of name/value pairs instead of
            an object.
    """

    start: str | Unset = UNSET
    end: str | Unset = UNSET
    list_id: int | Unset = UNSET
    number: int | Unset = UNSET
    type_: GetMessageReportRequestType | Unset = UNSET
    page: int | Unset = 1
    max_: int | Unset = 10
    response_style: ResponseStyle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        list_id = self.list_id

        number = self.number

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        page = self.page

        max_ = self.max_

        response_style: str | Unset = UNSET
        if not isinstance(self.response_style, Unset):
            response_style = self.response_style.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if number is not UNSET:
            field_dict["number"] = number
        if type_ is not UNSET:
            field_dict["type"] = type_
        if page is not UNSET:
            field_dict["page"] = page
        if max_ is not UNSET:
            field_dict["max"] = max_
        if response_style is not UNSET:
            field_dict["response_style"] = response_style

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        list_id = d.pop("list_id", UNSET)

        number = d.pop("number", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: GetMessageReportRequestType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = GetMessageReportRequestType(_type_)

        page = d.pop("page", UNSET)

        max_ = d.pop("max", UNSET)

        _response_style = d.pop("response_style", UNSET)
        response_style: ResponseStyle | Unset
        if isinstance(_response_style, Unset):
            response_style = UNSET
        else:
            response_style = ResponseStyle(_response_style)

        get_message_report_request = cls(
            start=start,
            end=end,
            list_id=list_id,
            number=number,
            type_=type_,
            page=page,
            max_=max_,
            response_style=response_style,
        )

        get_message_report_request.additional_properties = d
        return get_message_report_request

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
