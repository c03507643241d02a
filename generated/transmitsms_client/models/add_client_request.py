from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_method import PaymentMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddClientRequest")


@_attrs_define
class AddClientRequest:
    """Form fields of add-client.

    Attributes:
        name (str): Client company name.
        email (str): Login email of the client.
        password (str): Login password of the client.
        msisdn (str): Client phone number.
        contact (str | Unset): Contact person.
        timezone (str | Unset): IANA time zone; defaults to the reseller's.
        api_secret (str | Unset): API secret to give the client.
        client_pays (bool | Unset): Whether the client pays for its own usage. Default: True.
        sms_margin (float | Unset): Cents added to the price of each SMS.
        number_margin (float | Unset): Cents added to the price of each virtual number.
        payment_method (PaymentMethod | Unset): How a client account is topped up.
        fixed_top_up_amount (float | Unset): Top-up amount; required when `payment_method` is `fixed` (400 FIELD_EMPTY
            without it).
    """

    name: str
    email: str
    password: str
    msisdn: str
    contact: str | Unset = UNSET
    timezone: str | Unset = UNSET
    api_secret: str | Unset = UNSET
    client_pays: bool | Unset = True
    sms_margin: float | Unset = UNSET
    number_margin: float | Unset = UNSET
    payment_method: PaymentMethod | Unset = UNSET
    fixed_top_up_amount: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        email = self.email

        password = self.password

        msisdn = self.msisdn

        contact = self.contact

        timezone = self.timezone

        api_secret = self.api_secret

        client_pays = self.client_pays

        sms_margin = self.sms_margin

        number_margin = self.number_margin

        payment_method: str | Unset = UNSET
        if not isinstance(self.payment_method, Unset):
            payment_method = self.payment_method.value

        fixed_top_up_amount = self.fixed_top_up_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "email": email,
                "password": password,
                "msisdn": msisdn,
            }
        )
        if contact is not UNSET:
            field_dict["contact"] = contact
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if api_secret is not UNSET:
            field_dict["api_secret"] = api_secret
        if client_pays is not UNSET:
            field_dict["client_pays"] = client_pays
        if sms_margin is not UNSET:
            field_dict["sms_margin"] = sms_margin
        if number_margin is not UNSET:
            field_dict["number_margin"] = number_margin
        if payment_method is not UNSET:
            field_dict["payment_method"] = payment_method
        if fixed_top_up_amount is not UNSET:
            field_dict["fixed_top_up_amount"] = fixed_top_up_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        email = d.pop("email")

        password = d.pop("password")

        msisdn = d.pop("msisdn")

        contact = d.pop("contact", UNSET)

        timezone = d.pop("timezone", UNSET)

        api_secret = d.pop("api_secret", UNSET)

        client_pays = d.pop("client_pays", UNSET)

        sms_margin = d.pop("sms_margin", UNSET)

        number_margin = d.pop("number_margin", UNSET)

        _payment_method = d.pop("payment_method", UNSET)
        payment_method: PaymentMethod | Unset
        if isinstance(_payment_method, Unset):
            payment_method = UNSET
        else:
            payment_method = PaymentMethod(_payment_method)

        fixed_top_up_amount = d.pop("fixed_top_up_amount", UNSET)

        add_client_request = cls(
            name=name,
            email=email,
            password=password,
            msisdn=msisdn,
            contact=contact,
            timezone=timezone,
            api_secret=api_secret,
            client_pays=client_pays,
            sms_margin=sms_margin,
            number_margin=number_margin,
            payment_method=payment_method,
            fixed_top_up_amount=fixed_top_up_amount,
        )

        add_client_request.additional_properties = d
        return add_client_request

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
