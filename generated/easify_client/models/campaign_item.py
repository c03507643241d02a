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
        campaign_id (int | Unset):
        sender (str | Unset):
        receiver (str | Unset):
        message (str | Unset):
        credits_ (int | Unset): Credits charged for the message.
        url_shortening_credits (int | Unset): Credits charged for shortening links in it.
        media_url (None | str | Unset):
        remarks (None | str | Unset):
        status (str | Unset): Status word (an open word).
        scheduled_at (None | str | Unset):
        scheduled_timezone (None | str | Unset):
        sms_type (str | Unset):
        created_at (str | Unset): Time as `MM-DD-YYYY hh:mm:ss AM|PM`.
    """

    id: int
    campaign_id: int | Unset = UNSET
    sender: str | Unset = UNSET
    receiver: str | Unset = UNSET
    message: str | Unset = UNSET
    credits_: int | Unset = UNSET
    url_shortening_credits: int | Unset = UNSET
    media_url: None | str | Unset = UNSET
    remarks: None | str | Unset = UNSET
    status: str | Unset = UNSET
    scheduled_at: None | str | Unset = UNSET
    scheduled_timezone: None | str | Unset = UNSET
    sms_type: str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id = self.campaign_id

        sender = self.sender

        receiver = self.receiver

        message = self.message

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

        status = self.status

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

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if sender is not UNSET:
            field_dict["sender"] = sender
        if receiver is not UNSET:
            field_dict["receiver"] = receiver
        if message is not UNSET:
            field_dict["message"] = message
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if url_shortening_credits is not UNSET:
            field_dict["url_shortening_credits"] = url_shortening_credits
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
        if remarks is not UNSET:
            field_dict["remarks"] = remarks
        if status is not UNSET:
            field_dict["status"] = status
        if scheduled_at is not UNSET:
            field_dict["scheduled_at"] = scheduled_at
        if scheduled_timezone is not UNSET:
            field_dict["scheduled_timezone"] = scheduled_timezone
        if sms_type is not UNSET:
            field_dict["sms_type"] = sms_type
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        campaign_id = d.pop("campaign_id", UNSET)

        sender = d.pop("sender", UNSET)

        receiver = d.pop("receiver", UNSET)

        message = d.pop("message", UNSET)

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

        status = d.pop("status", UNSET)

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

        created_at = d.pop("created_at", UNSET)

        campaign_item = cls(
            id=id,
            campaign_id=campaign_id,
            sender=sender,
            receiver=receiver,
            message=message,
            credits_=credits_,
            url_shortening_credits=url_shortening_credits,
            media_url=media_url,
            remarks=remarks,
            status=status,
            scheduled_at=scheduled_at,
            scheduled_timezone=scheduled_timezone,
            sms_type=sms_type,
            created_at=created_at,
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
