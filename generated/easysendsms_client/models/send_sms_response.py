from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SendSmsResponse")


@_attrs_define
class SendSmsResponse:
    """
    Attributes:
        status (str): "OK" when the request was accepted.
        scheduled (str): "Now" for an immediate send, otherwise the scheduled time as submitted.
        message_ids (list[str]): One entry per recipient, in order: `OK: <message id>` for an accepted recipient (the id
            is the `sms_id` of later delivery reports) or `ERR: <code>` for a skipped one.
    """

    status: str
    scheduled: str
    message_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        scheduled = self.scheduled

        message_ids = self.message_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "scheduled": scheduled,
                "messageIds": message_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status")

        scheduled = d.pop("scheduled")

        message_ids = cast(list[str], d.pop("messageIds"))

        send_sms_response = cls(
            status=status,
            scheduled=scheduled,
            message_ids=message_ids,
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
