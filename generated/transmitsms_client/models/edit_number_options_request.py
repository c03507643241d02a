from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EditNumberOptionsRequest")


@_attrs_define
class EditNumberOptionsRequest:
    """Form fields of edit-number-options.

    Attributes:
        number (int): Leased virtual number.
        forward_email (str | Unset): Comma-separated email addresses to forward inbound SMS to.
        forward_sms (str | Unset): Comma-separated numbers (international format) to forward inbound SMS to.
        forward_url (str | Unset): URL inbound SMS are sent to (see webhook `reply`).
        list_id (int | Unset): List the senders of inbound SMS are added to.
        welcome_message (str | Unset): Auto-reply to every inbound SMS (new list members).
        members_message (str | Unset): Auto-reply to senders already on the list (needs `list_id`).
    """

    number: int
    forward_email: str | Unset = UNSET
    forward_sms: str | Unset = UNSET
    forward_url: str | Unset = UNSET
    list_id: int | Unset = UNSET
    welcome_message: str | Unset = UNSET
    members_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        forward_email = self.forward_email

        forward_sms = self.forward_sms

        forward_url = self.forward_url

        list_id = self.list_id

        welcome_message = self.welcome_message

        members_message = self.members_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "number": number,
            }
        )
        if forward_email is not UNSET:
            field_dict["forward_email"] = forward_email
        if forward_sms is not UNSET:
            field_dict["forward_sms"] = forward_sms
        if forward_url is not UNSET:
            field_dict["forward_url"] = forward_url
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if welcome_message is not UNSET:
            field_dict["welcome_message"] = welcome_message
        if members_message is not UNSET:
            field_dict["members_message"] = members_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number = d.pop("number")

        forward_email = d.pop("forward_email", UNSET)

        forward_sms = d.pop("forward_sms", UNSET)

        forward_url = d.pop("forward_url", UNSET)

        list_id = d.pop("list_id", UNSET)

        welcome_message = d.pop("welcome_message", UNSET)

        members_message = d.pop("members_message", UNSET)

        edit_number_options_request = cls(
            number=number,
            forward_email=forward_email,
            forward_sms=forward_sms,
            forward_url=forward_url,
            list_id=list_id,
            welcome_message=welcome_message,
            members_message=members_message,
        )

        edit_number_options_request.additional_properties = d
        return edit_number_options_request

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
