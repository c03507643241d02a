from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSmsSentCountRequest")


@_attrs_define
class GetSmsSentCountRequest:
    """Form fields of get-sms-sent-count.

    Attributes:
        start (str | Unset): Start of the window, UTC (`YYYY-MM-DD HH:MM:SS`; a plain date is also accepted). At most 7
            days before `end`.
        end (str | Unset): End of the window, UTC (`YYYY-MM-DD HH:MM:SS`; a plain date is also accepted). At most 7 days
            after `start`.
    """

    start: str | Unset = UNSET
    end: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        get_sms_sent_count_request = cls(
            start=start,
            end=end,
        )

        get_sms_sent_count_request.additional_properties = d
        return get_sms_sent_count_request

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
