from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipients_error_detail import RecipientsErrorDetail


T = TypeVar("T", bound="SendSmsErrorBlock")


@_attrs_define
class SendSmsErrorBlock:
    """Outcome block of a failed send; like ErrorBlock, but the description may be structured.

    Attributes:
        code (str): Error constant, e.g. `RECIPIENTS_ERROR`, `LIST_EMPTY`, `LEDGER_ERROR`.
        description (RecipientsErrorDetail | str | Unset): Usually text; for RECIPIENTS_ERROR it may instead be an
            object listing the failed and opted-out numbers.
    """

    code: str
    description: RecipientsErrorDetail | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.recipients_error_detail import RecipientsErrorDetail

        code = self.code

        description: dict[str, Any] | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, RecipientsErrorDetail):
            description = self.description.to_dict()
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recipients_error_detail import RecipientsErrorDetail

        d = dict(src_dict)
        code = d.pop("code")

        def _parse_description(data: object) -> RecipientsErrorDetail | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                description_type_1 = RecipientsErrorDetail.from_dict(data)

                return description_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RecipientsErrorDetail | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        send_sms_error_block = cls(
            code=code,
            description=description,
        )

        send_sms_error_block.additional_properties = d
        return send_sms_error_block

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
