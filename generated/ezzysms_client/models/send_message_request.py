from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendMessageRequest")


@_attrs_define
class SendMessageRequest:
    """JSON body of a send. `username` / `password` are only needed without HTTP Basic.

    Attributes:
        to (str): Recipient number(s), comma-separated without spaces. Documented as E.164
            (`+25671234567`); the samples also use national numbers (`0751234567`).
        message (str): SMS text; a single SMS (160 GSM-7 characters, 70 for UCS-2 by our reading).
        from_ (str | Unset): Sender ID or phone number shown to the recipient (length rules not documented).
        username (str | Unset): Account username (alternative to HTTP Basic).
        password (str | Unset): Account password (alternative to HTTP Basic).
    """

    to: str
    message: str
    from_: str | Unset = UNSET
    username: str | Unset = UNSET
    password: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        to = self.to

        message = self.message

        from_ = self.from_

        username = self.username

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "to": to,
                "message": message,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if username is not UNSET:
            field_dict["username"] = username
        if password is not UNSET:
            field_dict["password"] = password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        to = d.pop("to")

        message = d.pop("message")

        from_ = d.pop("from", UNSET)

        username = d.pop("username", UNSET)

        password = d.pop("password", UNSET)

        send_message_request = cls(
            to=to,
            message=message,
            from_=from_,
            username=username,
            password=password,
        )

        return send_message_request
