from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.email_status import EmailStatus
    from ..models.sms_credit import SmsCredit


T = TypeVar("T", bound="UserStatus")


@_attrs_define
class UserStatus:
    """
    Attributes:
        money (float | None | Unset): Account money; null unless getMoney=true.
        sms (list[SmsCredit] | Unset):
        email (EmailStatus | Unset):
    """

    money: float | None | Unset = UNSET
    sms: list[SmsCredit] | Unset = UNSET
    email: EmailStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        money: float | None | Unset
        if isinstance(self.money, Unset):
            money = UNSET
        else:
            money = self.money

        sms: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sms, Unset):
            sms = []
            for sms_item_data in self.sms:
                sms_item = sms_item_data.to_dict()
                sms.append(sms_item)

        email: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email, Unset):
            email = self.email.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if money is not UNSET:
            field_dict["money"] = money
        if sms is not UNSET:
            field_dict["sms"] = sms
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.email_status import EmailStatus
        from ..models.sms_credit import SmsCredit

        d = dict(src_dict)

        def _parse_money(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        money = _parse_money(d.pop("money", UNSET))

        _sms = d.pop("sms", UNSET)
        sms: list[SmsCredit] | Unset = UNSET
        if _sms is not UNSET:
            sms = []
            for sms_item_data in _sms:
                sms_item = SmsCredit.from_dict(sms_item_data)

                sms.append(sms_item)

        _email = d.pop("email", UNSET)
        email: EmailStatus | Unset
        if isinstance(_email, Unset):
            email = UNSET
        else:
            email = EmailStatus.from_dict(_email)

        user_status = cls(
            money=money,
            sms=sms,
            email=email,
        )

        user_status.additional_properties = d
        return user_status

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
