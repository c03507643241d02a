from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipientsErrorDetail")


@_attrs_define
class RecipientsErrorDetail:
    """Structured form of a RECIPIENTS_ERROR description, listing the rejected numbers (reported by a third-party SDK, not
    by the official docs).

        Attributes:
            fails (list[str] | Unset): Numbers rejected as invalid, as submitted.
            optouts (list[str] | Unset): Numbers skipped because they opted out.
    """

    fails: list[str] | Unset = UNSET
    optouts: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fails: list[str] | Unset = UNSET
        if not isinstance(self.fails, Unset):
            fails = self.fails

        optouts: list[str] | Unset = UNSET
        if not isinstance(self.optouts, Unset):
            optouts = self.optouts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fails is not UNSET:
            field_dict["fails"] = fails
        if optouts is not UNSET:
            field_dict["optouts"] = optouts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fails = cast(list[str], d.pop("fails", UNSET))

        optouts = cast(list[str], d.pop("optouts", UNSET))

        recipients_error_detail = cls(
            fails=fails,
            optouts=optouts,
        )

        recipients_error_detail.additional_properties = d
        return recipients_error_detail

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
