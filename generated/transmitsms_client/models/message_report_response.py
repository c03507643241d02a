from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_block import ErrorBlock
    from ..models.page_block import PageBlock
    from ..models.report_message import ReportMessage


T = TypeVar("T", bound="MessageReportResponse")


@_attrs_define
class MessageReportResponse:
    """Answer to get-message-report.

    Attributes:
        page (PageBlock | Unset): Pagination block of paginated answers.
        messages_total (int | Unset): Messages matching the filter.
        sms_total (int | Unset): SMS parts of those messages.
        messages (list[ReportMessage] | Unset): Messages on this page.
        error (ErrorBlock | Unset): Outcome block carried by every answer, successful or not.
    """

    page: PageBlock | Unset = UNSET
    messages_total: int | Unset = UNSET
    sms_total: int | Unset = UNSET
    messages: list[ReportMessage] | Unset = UNSET
    error: ErrorBlock | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page.to_dict()

        messages_total = self.messages_total

        sms_total = self.sms_total

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if messages_total is not UNSET:
            field_dict["messages_total"] = messages_total
        if sms_total is not UNSET:
            field_dict["sms_total"] = sms_total
        if messages is not UNSET:
            field_dict["messages"] = messages
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_block import ErrorBlock
        from ..models.page_block import PageBlock
        from ..models.report_message import ReportMessage

        d = dict(src_dict)
        _page = d.pop("page", UNSET)
        page: PageBlock | Unset
        if isinstance(_page, Unset):
            page = UNSET
        else:
            page = PageBlock.from_dict(_page)

        messages_total = d.pop("messages_total", UNSET)

        sms_total = d.pop("sms_total", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[ReportMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = ReportMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        _error = d.pop("error", UNSET)
        error: ErrorBlock | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorBlock.from_dict(_error)

        message_report_response = cls(
            page=page,
            messages_total=messages_total,
            sms_total=sms_total,
            messages=messages,
            error=error,
        )

        message_report_response.additional_properties = d
        return message_report_response

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
