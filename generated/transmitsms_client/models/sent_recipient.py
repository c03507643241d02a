from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SentRecipient")


@_attrs_define
class SentRecipient:
    """One recipient of a message.

    Attributes:
        msisdn (int): Recipient number.
        first_name (None | str | Unset): First name stored for the contact.
        last_name (None | str | Unset): Last name stored for the contact.
        delivery_status (str | Unset): Delivery state: the docs name `delivered`, `pending` and `bounced`; `soft-bounce`
            / `hard-bounce` may also appear (an open string).
        optout (bool | Unset): Whether the recipient opted out.
        responses (int | Unset): How many times the recipient replied to the message.
    """

    msisdn: int
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    delivery_status: str | Unset = UNSET
    optout: bool | Unset = UNSET
    responses: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msisdn = self.msisdn

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

        delivery_status = self.delivery_status

        optout = self.optout

        responses = self.responses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "msisdn": msisdn,
            }
        )
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if delivery_status is not UNSET:
            field_dict["delivery_status"] = delivery_status
        if optout is not UNSET:
            field_dict["optout"] = optout
        if responses is not UNSET:
            field_dict["responses"] = responses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        msisdn = d.pop("msisdn")

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

        delivery_status = d.pop("delivery_status", UNSET)

        optout = d.pop("optout", UNSET)

        responses = d.pop("responses", UNSET)

        sent_recipient = cls(
            msisdn=msisdn,
            first_name=first_name,
            last_name=last_name,
            delivery_status=delivery_status,
            optout=optout,
            responses=responses,
        )

        sent_recipient.additional_properties = d
        return sent_recipient

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
