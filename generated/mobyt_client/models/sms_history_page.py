from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sms_history_entry import SmsHistoryEntry


T = TypeVar("T", bound="SmsHistoryPage")


@_attrs_define
class SmsHistoryPage:
    """
    Attributes:
        total (int | Unset): Orders matching the window, over all pages.
        page_number (int | Unset):
        page_size (int | Unset):
        result (str | Unset):
        smshistory (list[SmsHistoryEntry] | Unset):
    """

    total: int | Unset = UNSET
    page_number: int | Unset = UNSET
    page_size: int | Unset = UNSET
    result: str | Unset = UNSET
    smshistory: list[SmsHistoryEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        page_number = self.page_number

        page_size = self.page_size

        result = self.result

        smshistory: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.smshistory, Unset):
            smshistory = []
            for smshistory_item_data in self.smshistory:
                smshistory_item = smshistory_item_data.to_dict()
                smshistory.append(smshistory_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if page_number is not UNSET:
            field_dict["pageNumber"] = page_number
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if result is not UNSET:
            field_dict["result"] = result
        if smshistory is not UNSET:
            field_dict["smshistory"] = smshistory

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sms_history_entry import SmsHistoryEntry

        d = dict(src_dict)
        total = d.pop("total", UNSET)

        page_number = d.pop("pageNumber", UNSET)

        page_size = d.pop("pageSize", UNSET)

        result = d.pop("result", UNSET)

        _smshistory = d.pop("smshistory", UNSET)
        smshistory: list[SmsHistoryEntry] | Unset = UNSET
        if _smshistory is not UNSET:
            smshistory = []
            for smshistory_item_data in _smshistory:
                smshistory_item = SmsHistoryEntry.from_dict(smshistory_item_data)

                smshistory.append(smshistory_item)

        sms_history_page = cls(
            total=total,
            page_number=page_number,
            page_size=page_size,
            result=result,
            smshistory=smshistory,
        )

        sms_history_page.additional_properties = d
        return sms_history_page

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
