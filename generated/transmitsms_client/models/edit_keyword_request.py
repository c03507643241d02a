from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EditKeywordRequest")


@_attrs_define
class EditKeywordRequest:
    """Form fields of edit-keyword.

    Attributes:
        keyword (str): The keyword: the first word of inbound messages it reacts to.
        number (int): Leased virtual number the keyword lives on.
        reference (str | Unset): Caller's own reference.
        list_id (int | Unset): List to add responders to; without it an automatic list is created.
        welcome_message (str | Unset): Auto-reply sent to new members.
        members_message (str | Unset): Auto-reply sent to existing members.
        activate (bool | Unset): Whether the keyword is active straight away. Default: True.
        forward_url (str | Unset): URL to forward matching inbound messages to.
        forward_email (str | Unset): Comma-separated email addresses to forward matching messages to.
        forward_sms (str | Unset): Comma-separated numbers to forward matching messages to.
        status (str | Unset): `open` makes the keyword active, `closed` closes it (the docs capitalise the words; both
            spellings are accepted).
    """

    keyword: str
    number: int
    reference: str | Unset = UNSET
    list_id: int | Unset = UNSET
    welcome_message: str | Unset = UNSET
    members_message: str | Unset = UNSET
    activate: bool | Unset = True
    forward_url: str | Unset = UNSET
    forward_email: str | Unset = UNSET
    forward_sms: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keyword = self.keyword

        number = self.number

        reference = self.reference

        list_id = self.list_id

        welcome_message = self.welcome_message

        members_message = self.members_message

        activate = self.activate

        forward_url = self.forward_url

        forward_email = self.forward_email

        forward_sms = self.forward_sms

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keyword": keyword,
                "number": number,
            }
        )
        if reference is not UNSET:
            field_dict["reference"] = reference
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if welcome_message is not UNSET:
            field_dict["welcome_message"] = welcome_message
        if members_message is not UNSET:
            field_dict["members_message"] = members_message
        if activate is not UNSET:
            field_dict["activate"] = activate
        if forward_url is not UNSET:
            field_dict["forward_url"] = forward_url
        if forward_email is not UNSET:
            field_dict["forward_email"] = forward_email
        if forward_sms is not UNSET:
            field_dict["forward_sms"] = forward_sms
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        keyword = d.pop("keyword")

        number = d.pop("number")

        reference = d.pop("reference", UNSET)

        list_id = d.pop("list_id", UNSET)

        welcome_message = d.pop("welcome_message", UNSET)

        members_message = d.pop("members_message", UNSET)

        activate = d.pop("activate", UNSET)

        forward_url = d.pop("forward_url", UNSET)

        forward_email = d.pop("forward_email", UNSET)

        forward_sms = d.pop("forward_sms", UNSET)

        status = d.pop("status", UNSET)

        edit_keyword_request = cls(
            keyword=keyword,
            number=number,
            reference=reference,
            list_id=list_id,
            welcome_message=welcome_message,
            members_message=members_message,
            activate=activate,
            forward_url=forward_url,
            forward_email=forward_email,
            forward_sms=forward_sms,
            status=status,
        )

        edit_keyword_request.additional_properties = d
        return edit_keyword_request

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
