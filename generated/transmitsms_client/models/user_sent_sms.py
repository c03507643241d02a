from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSentSms")


@_attrs_define
class UserSentSms:
    """One SMS sent to one recipient.

    Attributes:
        id (int | Unset): Identifier of this recipient's SMS.
        message_id (int | Unset): Message it belongs to.
        message (str | Unset): Text as sent to this recipient.
        sent_at (str | Unset): When it was sent (`YYYY-MM-DD HH:MM:SS`, UTC).
        msisdn (int | Unset): Recipient number.
        caller_id (int | str | Unset): Sender it went out from: an integer for a number, a string for an alphanumeric
            sender.
        status (str | Unset): Delivery state, e.g. `delivered` (an open string).
    """

    id: int | Unset = UNSET
    message_id: int | Unset = UNSET
    message: str | Unset = UNSET
    sent_at: str | Unset = UNSET
    msisdn: int | Unset = UNSET
    caller_id: int | str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        message_id = self.message_id

        message = self.message

        sent_at = self.sent_at

        msisdn = self.msisdn

        caller_id: int | str | Unset
        if isinstance(self.caller_id, Unset):
            caller_id = UNSET
        else:
            caller_id = self.caller_id

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if message_id is not UNSET:
            field_dict["message_id"] = message_id
        if message is not UNSET:
            field_dict["message"] = message
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if caller_id is not UNSET:
            field_dict["caller_id"] = caller_id
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        message_id = d.pop("message_id", UNSET)

        message = d.pop("message", UNSET)

        sent_at = d.pop("sent_at", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        def _parse_caller_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        caller_id = _parse_caller_id(d.pop("caller_id", UNSET))

        status = d.pop("status", UNSET)

        user_sent_sms = cls(
            id=id,
            message_id=message_id,
            message=message,
            sent_at=sent_at,
            msisdn=msisdn,
            caller_id=caller_id,
            status=status,
        )

        user_sent_sms.additional_properties = d
        return user_sent_sms

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
