from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsResponse")


@_attrs_define
class SendSmsResponse:
    """
    Attributes:
        message_ids (list[str]): One entry per recipient, in order: `OK: <message id>` for an accepted recipient (the id
            is the `sms_id` of later delivery reports) or `ERR: <code>` for a skipped one. The first
            README wrote several results comma-joined in one entry (`ERR: 4012,OK: <id>`); that form
            is read too, each part in turn (reading 2).
        status (str | Unset): "OK" when the request was accepted (an open word; not read by smskit).
        scheduled (str | Unset): "Now" for an immediate send, otherwise the scheduled time as submitted (echoed with or
            without the trailing `Z`, as it was sent). Not read by smskit.
    """

    message_ids: list[str]
    status: str | Unset = UNSET
    scheduled: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_ids = self.message_ids

        status = self.status

        scheduled = self.scheduled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messageIds": message_ids,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if scheduled is not UNSET:
            field_dict["scheduled"] = scheduled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message_ids = cast(list[str], d.pop("messageIds"))

        status = d.pop("status", UNSET)

        scheduled = d.pop("scheduled", UNSET)

        send_sms_response = cls(
            message_ids=message_ids,
            status=status,
            scheduled=scheduled,
        )

        send_sms_response.additional_properties = d
        return send_sms_response

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
