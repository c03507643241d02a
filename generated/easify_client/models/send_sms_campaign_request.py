from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="SendSmsCampaignRequest")


@_attrs_define
class SendSmsCampaignRequest:
    """
    Attributes:
        campaign_name (str): Name of the campaign.
        from_numbers (list[str]): Account numbers to send from, in international form (`+1...`).
        template_ids (list[int]): Identifiers of approved templates (see `GET /sms/templates`).
        recipients_file (File): CSV of recipients in Easify's sample layout, at most 10,000 rows.
        schedule_time (str | Unset): When to start, `YYYY-MM-DD HH:MM:SS`; absent means now.
        schedule_timezone (str | Unset): IANA time zone of `schedule_time`, e.g. `America/New_York`.
    """

    campaign_name: str
    from_numbers: list[str]
    template_ids: list[int]
    recipients_file: File
    schedule_time: str | Unset = UNSET
    schedule_timezone: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        campaign_name = self.campaign_name

        from_numbers = self.from_numbers

        template_ids = self.template_ids

        recipients_file = self.recipients_file.to_tuple()

        schedule_time = self.schedule_time

        schedule_timezone = self.schedule_timezone

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "campaign_name": campaign_name,
                "from_numbers": from_numbers,
                "template_ids": template_ids,
                "recipients_file": recipients_file,
            }
        )
        if schedule_time is not UNSET:
            field_dict["schedule_time"] = schedule_time
        if schedule_timezone is not UNSET:
            field_dict["schedule_timezone"] = schedule_timezone

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("campaign_name", (None, str(self.campaign_name).encode(), "text/plain")))

        for from_numbers_item_element in self.from_numbers:
            files.append(("from_numbers", (None, str(from_numbers_item_element).encode(), "text/plain")))

        for template_ids_item_element in self.template_ids:
            files.append(("template_ids", (None, str(template_ids_item_element).encode(), "text/plain")))

        files.append(("recipients_file", self.recipients_file.to_tuple()))

        if not isinstance(self.schedule_time, Unset):
            files.append(("schedule_time", (None, str(self.schedule_time).encode(), "text/plain")))

        if not isinstance(self.schedule_timezone, Unset):
            files.append(("schedule_timezone", (None, str(self.schedule_timezone).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        campaign_name = d.pop("campaign_name")

        from_numbers = cast(list[str], d.pop("from_numbers"))

        template_ids = cast(list[int], d.pop("template_ids"))

        recipients_file = File(payload=BytesIO(d.pop("recipients_file")))

        schedule_time = d.pop("schedule_time", UNSET)

        schedule_timezone = d.pop("schedule_timezone", UNSET)

        send_sms_campaign_request = cls(
            campaign_name=campaign_name,
            from_numbers=from_numbers,
            template_ids=template_ids,
            recipients_file=recipients_file,
            schedule_time=schedule_time,
            schedule_timezone=schedule_timezone,
        )

        return send_sms_campaign_request
