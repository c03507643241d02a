from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CancelSmsRequest")


@_attrs_define
class CancelSmsRequest:
    """Form fields of cancel-sms.

    Attributes:
        id (int): Message identifier returned by send-sms.
    """

    id: int

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        cancel_sms_request = cls(
            id=id,
        )

        return cancel_sms_request
