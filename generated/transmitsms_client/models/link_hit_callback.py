from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LinkHitCallback")


@_attrs_define
class LinkHitCallback:
    """Query parameters of a tracked-link click callback.

    Attributes:
        list_id (int | Unset): List the message went to.
        message_id (int | Unset): Message containing the tracked link.
        mobile (int | Unset): Recipient who clicked.
        longcode (str | Unset): Sender the message went out from (numeric or alphanumeric).
        datetime_ (str | Unset): When the click was recorded (`YYYY-MM-DD HH:MM:SS`, UTC).
        message (str | Unset): Message text.
        user_id (int | Unset): Account identifier.
        link_hits (int | Unset): Clicks recorded for this recipient.
        firstname (str | Unset): Contact's first name.
        lastname (str | Unset): Contact's last name.
        rate (str | Unset): Undocumented extra parameter seen in the documented example.
    """

    list_id: int | Unset = UNSET
    message_id: int | Unset = UNSET
    mobile: int | Unset = UNSET
    longcode: str | Unset = UNSET
    datetime_: str | Unset = UNSET
    message: str | Unset = UNSET
    user_id: int | Unset = UNSET
    link_hits: int | Unset = UNSET
    firstname: str | Unset = UNSET
    lastname: str | Unset = UNSET
    rate: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        message_id = self.message_id

        mobile = self.mobile

        longcode = self.longcode

        datetime_ = self.datetime_

        message = self.message

        user_id = self.user_id

        link_hits = self.link_hits

        firstname = self.firstname

        lastname = self.lastname

        rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if longcode is not UNSET:
            field_dict["longcode"] = longcode
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if message is not UNSET:
            field_dict["message"] = message
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if link_hits is not UNSET:
            field_dict["link_hits"] = link_hits
        if firstname is not UNSET:
            field_dict["firstname"] = firstname
        if lastname is not UNSET:
            field_dict["lastname"] = lastname
        if rate is not UNSET:
            field_dict["rate"] = rate

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        list_id = d.pop("list_id", UNSET)

        message_id = d.pop("message_id", UNSET)

        mobile = d.pop("mobile", UNSET)

        longcode = d.pop("longcode", UNSET)

        datetime_ = d.pop("datetime", UNSET)

        message = d.pop("message", UNSET)

        user_id = d.pop("user_id", UNSET)

        link_hits = d.pop("link_hits", UNSET)

        firstname = d.pop("firstname", UNSET)

        lastname = d.pop("lastname", UNSET)

        rate = d.pop("rate", UNSET)

        link_hit_callback = cls(
            list_id=list_id,
            message_id=message_id,
            mobile=mobile,
            longcode=longcode,
            datetime_=datetime_,
            message=message,
            user_id=user_id,
            link_hits=link_hits,
            firstname=firstname,
            lastname=lastname,
            rate=rate,
        )

        link_hit_callback.additional_properties = d
        return link_hit_callback

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
