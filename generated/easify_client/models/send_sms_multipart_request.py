from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from .. import types
from ..models.force_send import ForceSend
from ..models.send_country_code import SendCountryCode
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="SendSmsMultipartRequest")


@_attrs_define
class SendSmsMultipartRequest:
    """Send body as multipart form data, for attaching a media file. One of `message` and
    `media` must be present.

        Attributes:
            from_number (str): One of the account's Easify numbers, without country code.
            to_number (str): The recipient's number without country code.
            country_code (SendCountryCode): Country calling code of the recipient; only these three are served.
            message (str | Unset): Text of the message; required when `media` is absent.
            media (File | Unset): Media file to attach (MMS); required when `message` is absent.
            lead_id (str | Unset): Identifier of a lead in the caller's CRM.
            force_send (ForceSend | Unset): 1 sends at once even outside opening hours; 0 (or absent) schedules such sends
                for the next opening.
    """

    from_number: str
    to_number: str
    country_code: SendCountryCode
    message: str | Unset = UNSET
    media: File | Unset = UNSET
    lead_id: str | Unset = UNSET
    force_send: ForceSend | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from_number = self.from_number

        to_number = self.to_number

        country_code = self.country_code.value

        message = self.message

        media: FileTypes | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = self.media.to_tuple()

        lead_id = self.lead_id

        force_send: int | Unset = UNSET
        if not isinstance(self.force_send, Unset):
            force_send = self.force_send.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from_number": from_number,
                "to_number": to_number,
                "country_code": country_code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if media is not UNSET:
            field_dict["media"] = media
        if lead_id is not UNSET:
            field_dict["lead_id"] = lead_id
        if force_send is not UNSET:
            field_dict["force_send"] = force_send

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("from_number", (None, str(self.from_number).encode(), "text/plain")))

        files.append(("to_number", (None, str(self.to_number).encode(), "text/plain")))

        files.append(("country_code", (None, str(self.country_code.value).encode(), "text/plain")))

        if not isinstance(self.message, Unset):
            files.append(("message", (None, str(self.message).encode(), "text/plain")))

        if not isinstance(self.media, Unset):
            files.append(("media", self.media.to_tuple()))

        if not isinstance(self.lead_id, Unset):
            files.append(("lead_id", (None, str(self.lead_id).encode(), "text/plain")))

        if not isinstance(self.force_send, Unset):
            files.append(("force_send", (None, str(self.force_send.value).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        from_number = d.pop("from_number")

        to_number = d.pop("to_number")

        country_code = SendCountryCode(d.pop("country_code"))

        message = d.pop("message", UNSET)

        _media = d.pop("media", UNSET)
        media: File | Unset
        if isinstance(_media, Unset):
            media = UNSET
        else:
            media = File(payload=BytesIO(_media))

        lead_id = d.pop("lead_id", UNSET)

        _force_send = d.pop("force_send", UNSET)
        force_send: ForceSend | Unset
        if isinstance(_force_send, Unset):
            force_send = UNSET
        else:
            force_send = ForceSend(_force_send)

        send_sms_multipart_request = cls(
            from_number=from_number,
            to_number=to_number,
            country_code=country_code,
            message=message,
            media=media,
            lead_id=lead_id,
            force_send=force_send,
        )

        return send_sms_multipart_request
