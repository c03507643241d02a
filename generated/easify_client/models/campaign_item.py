from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CampaignItem")


@_attrs_define
class CampaignItem:
    """One message of a campaign.

    Attributes:
        id (int):
        campaign_id (int):
        sender (str):
        receiver (str):
        message (str):
        status (str): Status word, e.g. `Success`.
        created_at (str): Time as `MM-DD-YYYY hh:mm:ss AM|PM`.
        credits_ (int | Unset): Credits charged for the message.
        url_shortening_credits (int | Unset): Credits charged for shortening links in it.
        media_url (None | str | Unset):
        remarks (None | str | Unset):
        scheduled_at (None | str | Unset):
        scheduled_timezone (None | str | Unset):
        sms_type (str | Unset):
    """

    id: int
    campaign_id: int
    sender: str
    receiver: str
    message: str
    status: str
    created_at: str
    credits_: int | Unset = UNSET
    url_shortening_credits: int | Unset = UNSET
    media_url: None | str | Unset = UNSET
    remarks: None | str | Unset = UNSET
    scheduled_at: None | str | Unset = UNSET
    scheduled_timezone: None | str | Unset = UNSET
    sms_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id = self.campaign_id

        sender = self.sender

        receiver = self.receiver

        message = self.message

        status = self.status

        created_at = self.created_at

        credits_ = self.credits_

        url_shortening_credits = self.url_shortening_credits

        media_url: None | str | Unset
        if isinstance(self.media_url, Unset):
            media_url = UNSET
        else:
            media_url = self.media_url

        remarks: None | str | Unset
        if isinstance(self.remarks, Unset):
            remarks = UNSET
        else:
            remarks = self.remarks

        scheduled_at: None | str | Unset
        if isinstance(self.scheduled_at, Unset):
            scheduled_at = UNSET
        else:
            scheduled_at = self.scheduled_at

        scheduled_timezone: None | str | Unset
        if isinstance(self.scheduled_timezone, Unset):
            scheduled_timezone = UNSET
        else:
            scheduled_timezone = self.scheduled_timezone

        sms_type = self.sms_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "campaign_id": campaign_id,
                "sender": sender,
                "receiver": receiver,
                "message": message,
                "status": status,
                "created_at": created_at,
            }
        )
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if url_shortening_credits is not UNSET:
            field_dict["url_shortening_credits"] = url_shortening_credits
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
        if remarks is not UNSET:
            field_dict["remarks"] = remarks
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if scheduled_timezone is not UNSET:
            field_dict["scheduled_timezone"] = scheduled_timezone
        if sms_type is not UNSET:
            field_dict["sms_type"] = sms_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        campaign_id = d.pop("campaign_id")

        sender = d.pop("sender")

        receiver = d.pop("receiver")

        message = d.pop("message")

        status = d.pop("status")

        created_at = d.pop("created_at")

        credits_ = d.pop("credits", UNSET)

        url_shortening_credits = d.pop("url_shortening_credits", UNSET)

        def _parse_media_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        media_url = _parse_media_url(d.pop("media_url", UNSET))

        def _parse_remarks(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remarks = _parse_remarks(d.pop("remarks", UNSET))

        def _parse_scheduled_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scheduled_at = _parse_scheduled_at(d.pop("scheduled_at", UNSET))

        def _parse_scheduled_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        scheduled_timezone = _parse_scheduled_timezone(d.pop("scheduled_timezone", UNSET))

        sms_type = d.pop("sms_type", UNSET)

        campaign_item = cls(
            id=id,
            campaign_id=campaign_id,
            sender=sender,
            receiver=receiver,
            message=message,
            status=status,
            created_at=created_at,
            credits_=credits_,
            url_shortening_credits=url_shortening_credits,
            media_url=media_url,
            remarks=remarks,
            scheduled_at=scheduled_at,
            scheduled_timezone=scheduled_timezone,
            sms_type=sms_type,
        )

        campaign_item.additional_properties = d
        return campaign_item

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
