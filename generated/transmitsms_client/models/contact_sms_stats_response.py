from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_sms_record import ContactSmsRecord
    from ..models.error_block import ErrorBlock
    from ..models.page_block import PageBlock


T = TypeVar("T", bound="ContactSmsStatsResponse")


@_attrs_define
class ContactSmsStatsResponse:
    """Answer to get-contact-sms-stats.

    Attributes:
        page (PageBlock | Unset): Pagination block of paginated answers.
        total (int | Unset): Messages sent to the number in the window.
        records (list[ContactSmsRecord] | Unset): Messages on this page.
        error (ErrorBlock | Unset): Outcome block carried by every answer, successful or not.
    """

    page: PageBlock | Unset = UNSET
    total: int | Unset = UNSET
    records: list[ContactSmsRecord] | Unset = UNSET
    error: ErrorBlock | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page.to_dict()

        total = self.total

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if total is not UNSET:
            field_dict["total"] = total
        if records is not UNSET:
            field_dict["records"] = records
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_sms_record import ContactSmsRecord
        from ..models.error_block import ErrorBlock
        from ..models.page_block import PageBlock

        d = dict(src_dict)
        _page = d.pop("page", UNSET)
        page: PageBlock | Unset
        if isinstance(_page, Unset):
            page = UNSET
        else:
            page = PageBlock.from_dict(_page)

        total = d.pop("total", UNSET)

        _records = d.pop("records", UNSET)
        records: list[ContactSmsRecord] | Unset = UNSET
        if _records is not UNSET:
            records = []
            for records_item_data in _records:
                records_item = ContactSmsRecord.from_dict(records_item_data)

                records.append(records_item)

        _error = d.pop("error", UNSET)
        error: ErrorBlock | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorBlock.from_dict(_error)

        contact_sms_stats_response = cls(
            page=page,
            total=total,
            records=records,
            error=error,
        )

        contact_sms_stats_response.additional_properties = d
        return contact_sms_stats_response

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
