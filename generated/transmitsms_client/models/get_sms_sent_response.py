from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_block import ErrorBlock
    from ..models.page_block import PageBlock
    from ..models.sent_message import SentMessage
    from ..models.sent_recipient import SentRecipient


T = TypeVar("T", bound="GetSmsSentResponse")


@_attrs_define
class GetSmsSentResponse:
    """Answer to get-sms-sent.

    Attributes:
        page (PageBlock): Pagination block of paginated answers.
        total (int | Unset): Total recipients matching the filter.
        message (SentMessage | Unset): Summary of the message whose recipients are listed.
        recipients (list[SentRecipient] | Unset):
        error (ErrorBlock | Unset): Outcome block carried by every answer, successful or not.
    """

    page: PageBlock
    total: int | Unset = UNSET
    message: SentMessage | Unset = UNSET
    recipients: list[SentRecipient] | Unset = UNSET
    error: ErrorBlock | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page.to_dict()

        total = self.total

        message: dict[str, Any] | Unset = UNSET
        if not isinstance(self.message, Unset):
            message = self.message.to_dict()

        recipients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.recipients, Unset):
            recipients = []
            for recipients_item_data in self.recipients:
                recipients_item = recipients_item_data.to_dict()
                recipients.append(recipients_item)

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total
        if message is not UNSET:
            field_dict["message"] = message
        if recipients is not UNSET:
            field_dict["recipients"] = recipients
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_block import ErrorBlock
        from ..models.page_block import PageBlock
        from ..models.sent_message import SentMessage
        from ..models.sent_recipient import SentRecipient

        d = dict(src_dict)
        page = PageBlock.from_dict(d.pop("page"))

        total = d.pop("total", UNSET)

        _message = d.pop("message", UNSET)
        message: SentMessage | Unset
        if isinstance(_message, Unset):
            message = UNSET
        else:
            message = SentMessage.from_dict(_message)

        _recipients = d.pop("recipients", UNSET)
        recipients: list[SentRecipient] | Unset = UNSET
        if _recipients is not UNSET:
            recipients = []
            for recipients_item_data in _recipients:
                recipients_item = SentRecipient.from_dict(recipients_item_data)

                recipients.append(recipients_item)

        _error = d.pop("error", UNSET)
        error: ErrorBlock | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorBlock.from_dict(_error)

        get_sms_sent_response = cls(
            page=page,
            total=total,
            message=message,
            recipients=recipients,
            error=error,
        )

        get_sms_sent_response.additional_properties = d
        return get_sms_sent_response

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
