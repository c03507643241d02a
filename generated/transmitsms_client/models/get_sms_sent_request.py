from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_filter import DeliveryFilter
from ..models.optouts_filter import OptoutsFilter
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetSmsSentRequest")


@_attrs_define
class GetSmsSentRequest:
    """Form fields of get-sms-sent.

    Attributes:
        message_id (int): Message identifier returned by send-sms.
        list_id (int | Unset): List to read contact details (names, custom fields) from.
        page (int | Unset): Page to return (1-based). Default: 1.
        max_ (int | Unset): Results per page. Default: 10.
        delivery (DeliveryFilter | Unset): Delivery-state filter for recipients.
        optouts (OptoutsFilter | Unset): Opt-out filter for recipients.
    """

    message_id: int
    list_id: int | Unset = UNSET
    page: int | Unset = 1
    max_: int | Unset = 10
    delivery: DeliveryFilter | Unset = UNSET
    optouts: OptoutsFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        list_id = self.list_id

        page = self.page

        max_ = self.max_

        delivery: str | Unset = UNSET
        if not isinstance(self.delivery, Unset):
            delivery = self.delivery.value

        optouts: str | Unset = UNSET
        if not isinstance(self.optouts, Unset):
            optouts = self.optouts.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
            }
        )
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if page is not UNSET:
            field_dict["page"] = page
        if max_ is not UNSET:
            field_dict["max"] = max_
        if delivery is not UNSET:
            field_dict["delivery"] = delivery
        if optouts is not UNSET:
            field_dict["optouts"] = optouts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        list_id = d.pop("list_id", UNSET)

        page = d.pop("page", UNSET)

        max_ = d.pop("max", UNSET)

        _delivery = d.pop("delivery", UNSET)
        delivery: DeliveryFilter | Unset
        if isinstance(_delivery, Unset):
            delivery = UNSET
        else:
            delivery = DeliveryFilter(_delivery)

        _optouts = d.pop("optouts", UNSET)
        optouts: OptoutsFilter | Unset
        if isinstance(_optouts, Unset):
            optouts = UNSET
        else:
            optouts = OptoutsFilter(_optouts)

        get_sms_sent_request = cls(
            message_id=message_id,
            list_id=list_id,
            page=page,
            max_=max_,
            delivery=delivery,
            optouts=optouts,
        )

        get_sms_sent_request.additional_properties = d
        return get_sms_sent_request

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
