from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.campaign_item import CampaignItem
    from ..models.pagination_links import PaginationLinks
    from ..models.pagination_meta import PaginationMeta


T = TypeVar("T", bound="CampaignItemList")


@_attrs_define
class CampaignItemList:
    """
    Attributes:
        status (bool):
        data (list[CampaignItem]):
        message (str | Unset):
        links (PaginationLinks | Unset): Laravel page links.
        meta (PaginationMeta | Unset): Laravel page metadata.
    """

    status: bool
    data: list[CampaignItem]
    message: str | Unset = UNSET
    links: PaginationLinks | Unset = UNSET
    meta: PaginationMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        message = self.message

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if links is not UNSET:
            field_dict["links"] = links
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.campaign_item import CampaignItem
        from ..models.pagination_links import PaginationLinks
        from ..models.pagination_meta import PaginationMeta

        d = dict(src_dict)
        status = d.pop("status")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = CampaignItem.from_dict(data_item_data)

            data.append(data_item)

        message = d.pop("message", UNSET)

        _links = d.pop("links", UNSET)
        links: PaginationLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PaginationLinks.from_dict(_links)

        _meta = d.pop("meta", UNSET)
        meta: PaginationMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = PaginationMeta.from_dict(_meta)

        campaign_item_list = cls(
            status=status,
            data=data,
            message=message,
            links=links,
            meta=meta,
        )

        campaign_item_list.additional_properties = d
        return campaign_item_list

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
