from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Template")


@_attrs_define
class Template:
    """
    Attributes:
        id (int): Identifier, used in `template_ids` of a campaign.
        group_name (str):
        name (str):
        message (str):
        sms_type (str):
        media_url (None | str):
        created_at (str): Time as `MM-DD-YYYY hh:mm:ss AM|PM`.
    """

    id: int
    group_name: str
    name: str
    message: str
    sms_type: str
    media_url: None | str
    created_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        group_name = self.group_name

        name = self.name

        message = self.message

        sms_type = self.sms_type

        media_url: None | str
        media_url = self.media_url

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "group_name": group_name,
                "name": name,
                "message": message,
                "sms_type": sms_type,
                "media_url": media_url,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        group_name = d.pop("group_name")

        name = d.pop("name")

        message = d.pop("message")

        sms_type = d.pop("sms_type")

        def _parse_media_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        media_url = _parse_media_url(d.pop("media_url"))

        created_at = d.pop("created_at")

        template = cls(
            id=id,
            group_name=group_name,
            name=name,
            message=message,
            sms_type=sms_type,
            media_url=media_url,
            created_at=created_at,
        )

        template.additional_properties = d
        return template

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
