from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PhoneNumber")


@_attrs_define
class PhoneNumber:
    """
    Attributes:
        id (int): Identifier, used as `phone_number_id`.
        number (str): The number in international form with `+`.
        approved (str): Approval state, e.g. `Approved`.
        gateway (str): Carrier gateway behind the number, e.g. `Twilio`, `Easify SMS Gateway`.
        name (str): The number's label in the account.
        status (str): Number state, e.g. `Active`.
        webhook_url (None | str): Where incoming messages are pushed, if set.
        created_at (str): Time as `MM-DD-YYYY hh:mm:ss AM|PM`.
    """

    id: int
    number: str
    approved: str
    gateway: str
    name: str
    status: str
    webhook_url: None | str
    created_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        approved = self.approved

        gateway = self.gateway

        name = self.name

        status = self.status

        webhook_url: None | str
        webhook_url = self.webhook_url

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "approved": approved,
                "gateway": gateway,
                "name": name,
                "status": status,
                "webhook_url": webhook_url,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        number = d.pop("number")

        approved = d.pop("approved")

        gateway = d.pop("gateway")

        name = d.pop("name")

        status = d.pop("status")

        def _parse_webhook_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        webhook_url = _parse_webhook_url(d.pop("webhook_url"))

        created_at = d.pop("created_at")

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
