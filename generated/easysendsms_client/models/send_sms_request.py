from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..models.send_sms_request_type import SendSmsRequestType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsRequest")


@_attrs_define
class SendSmsRequest:
    """
    Attributes:
        from_ (str): Sender shown on the handset: up to 15 digits if numeric, up to 11 characters otherwise.
            A leading `+` is displayed as such and is not counted. Operators may restrict it further.
        to (str): Recipient number(s) in international form as digits only (country code first, no `+`
            or `00`), comma-separated, at most 30. Duplicates are ignored by the gateway.
        text (str): Message text, at most 5 parts: 153 characters per part for plain GSM text, 67 per part
            for Unicode (so 765 / 335 characters in all).
        type_ (SendSmsRequestType): Encoding: "0" plain text (GSM 03.38), "1" Unicode.
        scheduled (str | Unset): Optional send time, ISO 8601 in UTC, with or without a trailing `Z`. A malformed or
            past
            time is rejected with 4017. Omit to send at once.
    """

    from_: str
    to: str
    text: str
    type_: SendSmsRequestType
    scheduled: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from_ = self.from_

        to = self.to

        text = self.text

        type_ = self.type_.value

        scheduled = self.scheduled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from": from_,
                "to": to,
                "text": text,
                "type": type_,
            }
        )
        if scheduled is not UNSET:
            field_dict["scheduled"] = scheduled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        from_ = d.pop("from")

        to = d.pop("to")

        text = d.pop("text")

        type_ = SendSmsRequestType(d.pop("type"))

        scheduled = d.pop("scheduled", UNSET)

        send_sms_request = cls(
            from_=from_,
            to=to,
            text=text,
            type_=type_,
            scheduled=scheduled,
        )

        return send_sms_request
