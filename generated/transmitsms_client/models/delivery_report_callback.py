from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryReportCallback")


@_attrs_define
class DeliveryReportCallback:
    """Query parameters of a delivery-report callback; any query string already on the configured URL is kept alongside
    them.

        Attributes:
            message_id (int): Message the report is about.
            status (str): Delivery outcome: delivered (on the handset), pending (no carrier report yet), soft-bounce
                (temporary failure or validity expiry), hard-bounce (number disconnected). An open string: a word not listed
                here is kept as sent.
            mobile (int | Unset): Recipient number.
            datetime_ (str | Unset): Time of the delivery report (`YYYY-MM-DD HH:MM:SS`, UTC).
            user_id (int | Unset): Account the message belongs to.
    """

    message_id: int
    status: str
    mobile: int | Unset = UNSET
    datetime_: str | Unset = UNSET
    user_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message_id = self.message_id

        status = self.status

        mobile = self.mobile

        datetime_ = self.datetime_

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
                "status": status,
            }
        )
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        status = d.pop("status")

        mobile = d.pop("mobile", UNSET)

        datetime_ = d.pop("datetime", UNSET)

        user_id = d.pop("user_id", UNSET)

        delivery_report_callback = cls(
            message_id=message_id,
            status=status,
            mobile=mobile,
            datetime_=datetime_,
            user_id=user_id,
        )

        delivery_report_callback.additional_properties = d
        return delivery_report_callback

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
