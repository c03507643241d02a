from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmsReply")


@_attrs_define
class SmsReply:
    """One reply / inbound message.

    Attributes:
        id (int | Unset): Identifier of the inbound message.
        message_id (int | Unset): Outbound message that was answered.
        list_id (int | Unset): List the outbound message went to; 0 when it was not a list send.
        received_at (str | Unset): When the reply arrived (`YYYY-MM-DD HH:MM:SS`, UTC).
        first_name (None | str | Unset): Responder's first name, from the list contact when known.
        last_name (None | str | Unset): Responder's last name, from the list contact when known.
        msisdn (int | Unset): Responder's number.
        response (str | Unset): Reply text.
        longcode (int | None | Unset): Virtual number that received the reply, or null.
        original_message (str | Unset): Text of the answered message (only with `include_original=true`).
    """

    id: int | Unset = UNSET
    message_id: int | Unset = UNSET
    list_id: int | Unset = UNSET
    received_at: str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    msisdn: int | Unset = UNSET
    response: str | Unset = UNSET
    longcode: int | None | Unset = UNSET
    original_message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message_id = self.message_id

        list_id = self.list_id

        received_at = self.received_at

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        msisdn = self.msisdn

        response = self.response

        longcode: int | None | Unset
        if isinstance(self.longcode, Unset):
            longcode = UNSET
        else:
            longcode = self.longcode

        original_message = self.original_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if received_at is not UNSET:
            field_dict["received_at"] = received_at
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if response is not UNSET:
            field_dict["response"] = response
        if longcode is not UNSET:
            field_dict["longcode"] = longcode
        if original_message is not UNSET:
            field_dict["original_message"] = original_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        message_id = d.pop("message_id", UNSET)

        list_id = d.pop("list_id", UNSET)

        received_at = d.pop("received_at", UNSET)

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        msisdn = d.pop("msisdn", UNSET)

        response = d.pop("response", UNSET)

        def _parse_longcode(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        longcode = _parse_longcode(d.pop("longcode", UNSET))

        original_message = d.pop("original_message", UNSET)

        sms_reply = cls(
            id=id,
            message_id=message_id,
            list_id=list_id,
            received_at=received_at,
            first_name=first_name,
            last_name=last_name,
            msisdn=msisdn,
            response=response,
            longcode=longcode,
            original_message=original_message,
        )

        sms_reply.additional_properties = d
        return sms_reply

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
