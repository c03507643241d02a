from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipient_state import RecipientState


T = TypeVar("T", bound="SmsState")


@_attrs_define
class SmsState:
    """
    Attributes:
        recipients (list[RecipientState]):
        recipient_number (int | Unset): Number of recipients in the order.
        result (str | Unset): `OK` on success.
    """

    recipients: list[RecipientState]
    recipient_number: int | Unset = UNSET
    result: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recipients = []
        for recipients_item_data in self.recipients:
            recipients_item = recipients_item_data.to_dict()
            recipients.append(recipients_item)

        recipient_number = self.recipient_number

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipients": recipients,
            }
        )
        if recipient_number is not UNSET:
            field_dict["recipient_number"] = recipient_number
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recipient_state import RecipientState

        d = dict(src_dict)
        recipients = []
        _recipients = d.pop("recipients")
        for recipients_item_data in _recipients:
            recipients_item = RecipientState.from_dict(recipients_item_data)

            recipients.append(recipients_item)

        recipient_number = d.pop("recipient_number", UNSET)

        result = d.pop("result", UNSET)

        sms_state = cls(
            recipients=recipients,
            recipient_number=recipient_number,
            result=result,
        )

        sms_state.additional_properties = d
        return sms_state

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
