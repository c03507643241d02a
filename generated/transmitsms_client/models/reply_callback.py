from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReplyCallback")


@_attrs_define
class ReplyCallback:
    """Query parameters of a reply / inbound-SMS callback; any query string already on the configured URL is kept alongside
    them.

        Attributes:
            mobile (int): Number that sent the reply.
            response (str): Reply text.
            user_id (int | Unset): Account that received the reply.
            message_id (int | Unset): Outbound message that was answered (absent for unsolicited inbound SMS).
            longcode (int | Unset): Virtual number that received it.
            datetime_entry (str | Unset): When it was received (`YYYY-MM-DD HH:MM:SS`, UTC).
            response_id (int | Unset): Identifier of the inbound message.
            is_optout (str | Unset): Whether the reply opted the sender out (`yes` / `no`; an open string).
    """

    mobile: int
    response: str
    user_id: int | Unset = UNSET
    message_id: int | Unset = UNSET
    longcode: int | Unset = UNSET
    datetime_entry: str | Unset = UNSET
    response_id: int | Unset = UNSET
    is_optout: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mobile = self.mobile

        response = self.response

        user_id = self.user_id

        message_id = self.message_id

        longcode = self.longcode

        datetime_entry = self.datetime_entry

        response_id = self.response_id

        is_optout = self.is_optout

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mobile": mobile,
                "response": response,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if longcode is not UNSET:
            field_dict["longcode"] = longcode
        if datetime_entry is not UNSET:
            field_dict["datetime_entry"] = datetime_entry
        if response_id is not UNSET:
            field_dict["response_id"] = response_id
        if is_optout is not UNSET:
            field_dict["is_optout"] = is_optout

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mobile = d.pop("mobile")

        response = d.pop("response")

        user_id = d.pop("user_id", UNSET)

        message_id = d.pop("message_id", UNSET)

        longcode = d.pop("longcode", UNSET)

        datetime_entry = d.pop("datetime_entry", UNSET)

        response_id = d.pop("response_id", UNSET)

        is_optout = d.pop("is_optout", UNSET)

        reply_callback = cls(
            mobile=mobile,
            response=response,
            user_id=user_id,
            message_id=message_id,
            longcode=longcode,
            datetime_entry=datetime_entry,
            response_id=response_id,
            is_optout=is_optout,
        )

        reply_callback.additional_properties = d
        return reply_callback

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
