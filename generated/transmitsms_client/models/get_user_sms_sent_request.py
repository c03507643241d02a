from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.response_style import ResponseStyle
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUserSmsSentRequest")


@_attrs_define
class GetUserSmsSentRequest:
    """Form fields of get-user-sms-sent.

    Attributes:
        start (str): Start of the window, UTC (`YYYY-MM-DD HH:MM:SS`; a plain date is also accepted).
        end (str): End of the window, UTC (`YYYY-MM-DD HH:MM:SS`; a plain date is also accepted).
        msisdn (int | Unset): Only SMS sent to this number.
        page (int | Unset): Page to return (1-based). Default: 1.
        max_ (int | Unset): Results per page. Default: 10.
        response_style (ResponseStyle | Unset): `array` returns custom fields as a list of name/value pairs instead of
            an object.
    """

    start: str
    end: str
    msisdn: int | Unset = UNSET
    page: int | Unset = 1
    max_: int | Unset = 10
    response_style: ResponseStyle | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        msisdn = self.msisdn

        page = self.page

        max_ = self.max_

        response_style: str | Unset = UNSET
        if not isinstance(self.response_style, Unset):
            response_style = self.response_style.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start": start,
                "end": end,
            }
        )
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
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
        start = d.pop("start")

        end = d.pop("end")

        msisdn = d.pop("msisdn", UNSET)

        page = d.pop("page", UNSET)

        max_ = d.pop("max", UNSET)

        _response_style = d.pop("response_style", UNSET)
        response_style: ResponseStyle | Unset
        if isinstance(_response_style, Unset):
            response_style = UNSET
        else:
            response_style = ResponseStyle(_response_style)

        get_user_sms_sent_request = cls(
            start=start,
            end=end,
            msisdn=msisdn,
            page=page,
            max_=max_,
            response_style=response_style,
        )

        get_user_sms_sent_request.additional_properties = d
        return get_user_sms_sent_request

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
