from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddEmailRequest")


@_attrs_define
class AddEmailRequest:
    """Form fields of add-email.

    Attributes:
        email (str): Address to register, or `*@domain` for a whole domain.
        max_sms (int | Unset): SMS parts one email may use: 1 (160 characters), 2 (306), 3 (459) or 4 (612). Default: 1.
        number (int | Unset): Leased virtual number the SMS are sent from.
    """

    email: str
    max_sms: int | Unset = 1
    number: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        max_sms = self.max_sms

        number = self.number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if max_sms is not UNSET:
            field_dict["max_sms"] = max_sms
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        email = d.pop("email")

        max_sms = d.pop("max_sms", UNSET)

        number = d.pop("number", UNSET)

        add_email_request = cls(
            email=email,
            max_sms=max_sms,
            number=number,
        )

        add_email_request.additional_properties = d
        return add_email_request

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
