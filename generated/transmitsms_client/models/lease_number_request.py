from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="LeaseNumberRequest")


@_attrs_define
class LeaseNumberRequest:
    """Form fields of lease-number.

    Attributes:
        number (int | Unset): Number to lease (see get-numbers with `filter=available`); omitted: any available number.
        forward_url (str | Unset): URL that inbound messages to this number are forwarded to.
    """

    number: int | Unset = UNSET
    forward_url: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        forward_url = self.forward_url

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if forward_url is not UNSET:
            field_dict["forward_url"] = forward_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        forward_url = d.pop("forward_url", UNSET)

        lease_number_request = cls(
            number=number,
            forward_url=forward_url,
        )

        return lease_number_request
