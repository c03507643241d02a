from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="FormatNumberRequest")


@_attrs_define
class FormatNumberRequest:
    """Form fields of format-number.

    Attributes:
        msisdn (str): Number as found in the source data (spaces, brackets, trunk prefix allowed).
        countrycode (str): ISO 3166 alpha-2 code or country name of the number's country.
    """

    msisdn: str
    countrycode: str

    def to_dict(self) -> dict[str, Any]:
        msisdn = self.msisdn

        countrycode = self.countrycode

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "msisdn": msisdn,
                "countrycode": countrycode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        msisdn = d.pop("msisdn")

        countrycode = d.pop("countrycode")

        format_number_request = cls(
            msisdn=msisdn,
            countrycode=countrycode,
        )

        return format_number_request
