from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendSmsCampaignData")


@_attrs_define
class SendSmsCampaignData:
    """
    Attributes:
        campaign_id (int):
        recipients_in_file (int | Unset):
        valid_recipients (int | Unset):
        invalid_recipients (int | Unset):
    """

    campaign_id: int
    recipients_in_file: int | Unset = UNSET
    valid_recipients: int | Unset = UNSET
    invalid_recipients: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id = self.campaign_id

        recipients_in_file = self.recipients_in_file

        valid_recipients = self.valid_recipients

        invalid_recipients = self.invalid_recipients

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign_id": campaign_id,
            }
        )
        if recipients_in_file is not UNSET:
            field_dict["recipients_in_file"] = recipients_in_file
        if valid_recipients is not UNSET:
            field_dict["valid_recipients"] = valid_recipients
        if invalid_recipients is not UNSET:
            field_dict["invalid_recipients"] = invalid_recipients

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        campaign_id = d.pop("campaign_id")

        recipients_in_file = d.pop("recipients_in_file", UNSET)

        valid_recipients = d.pop("valid_recipients", UNSET)

        invalid_recipients = d.pop("invalid_recipients", UNSET)

        send_sms_campaign_data = cls(
            campaign_id=campaign_id,
            recipients_in_file=recipients_in_file,
            valid_recipients=valid_recipients,
            invalid_recipients=invalid_recipients,
        )

        send_sms_campaign_data.additional_properties = d
        return send_sms_campaign_data

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
