from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdatePhoneNumberWebhookRequest")


@_attrs_define
class UpdatePhoneNumberWebhookRequest:
    """
    Attributes:
        phone_number_id (int): The `id` of the number, from `GET /phone-numbers`.
        webhook_url (str): URL that will receive the number's incoming messages.
    """

    phone_number_id: int
    webhook_url: str

    def to_dict(self) -> dict[str, Any]:
        phone_number_id = self.phone_number_id

        webhook_url = self.webhook_url

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "phone_number_id": phone_number_id,
                "webhook_url": webhook_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        phone_number_id = d.pop("phone_number_id")

        webhook_url = d.pop("webhook_url")

        update_phone_number_webhook_request = cls(
            phone_number_id=phone_number_id,
            webhook_url=webhook_url,
        )

        return update_phone_number_webhook_request
