from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Keyword")


@_attrs_define
class Keyword:
    """A keyword on a virtual number.

    Attributes:
        keyword (str | Unset): The keyword (first word of an inbound message).
        reference (str | Unset): Caller's own reference.
        number (int | Unset): Virtual number the keyword belongs to.
        list_id (int | Unset): List responders are added to; 0 when none.
        welcome_message (str | Unset): Auto-reply for new members (empty when unset).
        member_message (str | Unset): Auto-reply for existing members (singular key in answers; the request field is
            `members_message`).
        forward_url (str | Unset): URL inbound matches are forwarded to (empty when unset).
        forward_sms (str | Unset): Comma-separated numbers inbound matches are forwarded to.
        forward_email (str | Unset): Comma-separated addresses inbound matches are forwarded to.
        status (str | Unset): Keyword state, e.g. `open` or `closed` (an open string).
        billing_date (datetime.date | None | Unset): Next billing date of the keyword (`YYYY-MM-DD`).
    """

    keyword: str | Unset = UNSET
    reference: str | Unset = UNSET
    number: int | Unset = UNSET
    list_id: int | Unset = UNSET
    welcome_message: str | Unset = UNSET
    member_message: str | Unset = UNSET
    forward_url: str | Unset = UNSET
    forward_sms: str | Unset = UNSET
    forward_email: str | Unset = UNSET
    status: str | Unset = UNSET
    billing_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keyword = self.keyword

        reference = self.reference

        number = self.number

        list_id = self.list_id

        welcome_message = self.welcome_message

        member_message = self.member_message

        forward_url = self.forward_url

        forward_sms = self.forward_sms

        forward_email = self.forward_email

        status = self.status

        billing_date: None | str | Unset
        if isinstance(self.billing_date, Unset):
            billing_date = UNSET
        elif isinstance(self.billing_date, datetime.date):
            billing_date = self.billing_date.isoformat()
        else:
            billing_date = self.billing_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if reference is not UNSET:
            field_dict["reference"] = reference
        if number is not UNSET:
            field_dict["number"] = number
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if welcome_message is not UNSET:
            field_dict["welcome_message"] = welcome_message
        if member_message is not UNSET:
            field_dict["member_message"] = member_message
        if forward_url is not UNSET:
            field_dict["forward_url"] = forward_url
        if forward_sms is not UNSET:
            field_dict["forward_sms"] = forward_sms
        if forward_email is not UNSET:
            field_dict["forward_email"] = forward_email
        if status is not UNSET:
            field_dict["status"] = status
        if billing_date is not UNSET:
            field_dict["billing_date"] = billing_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        keyword = d.pop("keyword", UNSET)

        reference = d.pop("reference", UNSET)

        number = d.pop("number", UNSET)

        list_id = d.pop("list_id", UNSET)

        welcome_message = d.pop("welcome_message", UNSET)

        member_message = d.pop("member_message", UNSET)

        forward_url = d.pop("forward_url", UNSET)

        forward_sms = d.pop("forward_sms", UNSET)

        forward_email = d.pop("forward_email", UNSET)

        status = d.pop("status", UNSET)

        def _parse_billing_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                billing_date_type_0 = datetime.date.fromisoformat(data)

                return billing_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        billing_date = _parse_billing_date(d.pop("billing_date", UNSET))

        keyword = cls(
            keyword=keyword,
            reference=reference,
            number=number,
            list_id=list_id,
            welcome_message=welcome_message,
            member_message=member_message,
            forward_url=forward_url,
            forward_sms=forward_sms,
            forward_email=forward_email,
            status=status,
            billing_date=billing_date,
        )

        keyword.additional_properties = d
        return keyword

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
