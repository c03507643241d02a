from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Template")


@_attrs_define
class Template:
    """
    Attributes:
        id (int): Identifier, used in `template_ids` of a campaign.
        group_name (str | Unset):
        name (str | Unset):
        message (str | Unset):
        sms_type (str | Unset):
        media_url (None | str | Unset):
        created_at (str | Unset): Time as `MM-DD-YYYY hh:mm:ss AM|PM`.
    """

    id: int
    group_name: str | Unset = UNSET
    name: str | Unset = UNSET
    message: str | Unset = UNSET
    sms_type: str | Unset = UNSET
    media_url: None | str | Unset = UNSET
    created_at: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        group_name = self.group_name

        name = self.name

        message = self.message

        sms_type = self.sms_type

        media_url: None | str | Unset
        if isinstance(self.media_url, Unset):
            media_url = UNSET
        else:
            media_url = self.media_url

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if group_name is not UNSET:
            field_dict["group_name"] = group_name
        if name is not UNSET:
            field_dict["name"] = name
        if message is not UNSET:
            field_dict["message"] = message
        if sms_type is not UNSET:
            field_dict["sms_type"] = sms_type
        if media_url is not UNSET:
            field_dict["media_url"] = media_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        group_name = d.pop("group_name", UNSET)

        name = d.pop("name", UNSET)

        message = d.pop("message", UNSET)

        sms_type = d.pop("sms_type", UNSET)

        def _parse_media_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        media_url = _parse_media_url(d.pop("media_url", UNSET))

        created_at = d.pop("created_at", UNSET)

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
