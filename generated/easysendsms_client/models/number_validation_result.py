from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="NumberValidationResult")


@_attrs_define
class NumberValidationResult:
    """
    Attributes:
        status (str | Unset): Validation verdict (an open word).
        country (str | Unset): Country name; empty when unknown.
        iso3166_2 (str | Unset): Two-letter country code; empty when unknown.
        cc (str | Unset): Country calling code; empty when unknown.
        net_name (str | Unset): Network name, may be empty.
        mcc (str | Unset): Mobile country code, may be empty.
        mnc (str | Unset): Mobile network code, may be empty.
        operator (str | Unset): Operator name, may be empty.
        type_ (str | Unset): Number type, may be empty (an open word).
        net_type (str | Unset): Network type, may be empty.
        msisdn (str | Unset): The checked number.
    """

    status: str | Unset = UNSET
    country: str | Unset = UNSET
    iso3166_2: str | Unset = UNSET
    cc: str | Unset = UNSET
    net_name: str | Unset = UNSET
    mcc: str | Unset = UNSET
    mnc: str | Unset = UNSET
    operator: str | Unset = UNSET
    type_: str | Unset = UNSET
    net_type: str | Unset = UNSET
    msisdn: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        country = self.country

        iso3166_2 = self.iso3166_2

        cc = self.cc

        net_name = self.net_name

        mcc = self.mcc

        mnc = self.mnc

        operator = self.operator

        type_ = self.type_

        net_type = self.net_type

        msisdn = self.msisdn

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if country is not UNSET:
            field_dict["country"] = country
        if iso3166_2 is not UNSET:
            field_dict["iso3166_2"] = iso3166_2
        if cc is not UNSET:
            field_dict["cc"] = cc
        if net_name is not UNSET:
            field_dict["netName"] = net_name
        if mcc is not UNSET:
            field_dict["mcc"] = mcc
        if mnc is not UNSET:
            field_dict["mnc"] = mnc
        if operator is not UNSET:
            field_dict["operator"] = operator
        if type_ is not UNSET:
            field_dict["type"] = type_
        if net_type is not UNSET:
            field_dict["netType"] = net_type
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        country = d.pop("country", UNSET)

        iso3166_2 = d.pop("iso3166_2", UNSET)

        cc = d.pop("cc", UNSET)

        net_name = d.pop("netName", UNSET)

        mcc = d.pop("mcc", UNSET)

        mnc = d.pop("mnc", UNSET)

        operator = d.pop("operator", UNSET)

        type_ = d.pop("type", UNSET)

        net_type = d.pop("netType", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        number_validation_result = cls(
            status=status,
            country=country,
            iso3166_2=iso3166_2,
            cc=cc,
            net_name=net_name,
            mcc=mcc,
            mnc=mnc,
            operator=operator,
            type_=type_,
            net_type=net_type,
            msisdn=msisdn,
        )

        number_validation_result.additional_properties = d
        return number_validation_result

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
