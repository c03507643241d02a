from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="HlrResult")


@_attrs_define
class HlrResult:
    """
    Attributes:
        number (str | Unset): The queried number.
        country (str | Unset): Country name; empty when unknown.
        err_desc (str | Unset): Lookup outcome in words (e.g. "Live", "Number Not Supported").
        operator_name (str | Unset): Network operator name ("Unknown" when not found).
        type_ (str | Unset): Line type (e.g. "Landline"); may be empty.
        mccmnc (str | Unset): Mobile country and network code; "-" or empty when not available.
        roaming (str | Unset): "True" / "False", empty when unknown (an open word).
        err_code (str | Unset): Lookup result code as a string ("0" = live, "999" = number not supported); an open set.
        status (str | Unset): Lookup delivery status (an open word).
        ported (str | Unset): "True" / "False", empty when unknown (an open word).
    """

    number: str | Unset = UNSET
    country: str | Unset = UNSET
    err_desc: str | Unset = UNSET
    operator_name: str | Unset = UNSET
    type_: str | Unset = UNSET
    mccmnc: str | Unset = UNSET
    roaming: str | Unset = UNSET
    err_code: str | Unset = UNSET
    status: str | Unset = UNSET
    ported: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        country = self.country

        err_desc = self.err_desc

        operator_name = self.operator_name

        type_ = self.type_

        mccmnc = self.mccmnc

        roaming = self.roaming

        err_code = self.err_code

        status = self.status

        ported = self.ported

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["number"] = number
        if country is not UNSET:
            field_dict["country"] = country
        if err_desc is not UNSET:
            field_dict["err_desc"] = err_desc
        if operator_name is not UNSET:
            field_dict["operatorName"] = operator_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if mccmnc is not UNSET:
            field_dict["mccmnc"] = mccmnc
        if roaming is not UNSET:
            field_dict["roaming"] = roaming
        if err_code is not UNSET:
            field_dict["err_code"] = err_code
        if status is not UNSET:
            field_dict["status"] = status
        if ported is not UNSET:
            field_dict["ported"] = ported

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        number = d.pop("number", UNSET)

        country = d.pop("country", UNSET)

        err_desc = d.pop("err_desc", UNSET)

        operator_name = d.pop("operatorName", UNSET)

        type_ = d.pop("type", UNSET)

        mccmnc = d.pop("mccmnc", UNSET)

        roaming = d.pop("roaming", UNSET)

        err_code = d.pop("err_code", UNSET)

        status = d.pop("status", UNSET)

        ported = d.pop("ported", UNSET)

        hlr_result = cls(
            number=number,
            country=country,
            err_desc=err_desc,
            operator_name=operator_name,
            type_=type_,
            mccmnc=mccmnc,
            roaming=roaming,
            err_code=err_code,
            status=status,
            ported=ported,
        )

        hlr_result.additional_properties = d
        return hlr_result

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
