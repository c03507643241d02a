from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PhoneNumber")


@_attrs_define
class PhoneNumber:
    """
    Attributes:
        id (int): Identifier, used as `phone_number_id`.
        number (str): The number in international form with `+`.
        approved (str | Unset): Approval state (an open word).
        gateway (str | Unset): Carrier gateway behind the number (an open word).
        name (str | Unset): The number's label in the account.
        status (str | Unset): Number state (an open word).
        webhook_url (None | str | Unset): Where incoming messages are pushed, if set.
        created_at (str | Unset): Time as `MM-DD-YYYY hh:mm:ss AM|PM`.
    """

    id: int
    number: str
    approved: str | Unset = UNSET
    gateway: str | Unset = UNSET
    name: str | Unset = UNSET
    status: str | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        approved = self.approved

        gateway = self.gateway

        name = self.name

        status = self.status

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
            }
        )
        if approved is not UNSET:
            field_dict["approved"] = approved
        if gateway is not UNSET:
            field_dict["gateway"] = gateway
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if webhook_url is not UNSET:
            field_dict["webhook_url"] = webhook_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        approved = d.pop("approved", UNSET)

        gateway = d.pop("gateway", UNSET)

        name = d.pop("name", UNSET)

        status = d.pop("status", UNSET)

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url", UNSET))

        created_at = d.pop("created_at", UNSET)

        phone_number = cls(
            id=id,
            number=number,
            approved=approved,
            gateway=gateway,
            name=name,
            status=status,
            webhook_url=webhook_url,
            created_at=created_at,
        )

        phone_number.additional_properties = d
        return phone_number

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
