from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.pagination_meta_link import PaginationMetaLink


T = TypeVar("T", bound="PaginationMeta")


@_attrs_define
class PaginationMeta:
    """Laravel page metadata.

    Attributes:
        current_page (int | Unset):
        from_ (int | None | Unset):
        last_page (int | Unset):
        links (list[PaginationMetaLink] | Unset):
        path (str | Unset):
        per_page (int | Unset):
        to (int | None | Unset):
        total (int | Unset):
    """

    current_page: int | Unset = UNSET
    from_: int | None | Unset = UNSET
    last_page: int | Unset = UNSET
    links: list[PaginationMetaLink] | Unset = UNSET
    path: str | Unset = UNSET
    per_page: int | Unset = UNSET
    to: int | None | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        from_: int | None | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        last_page = self.last_page

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        path = self.path

        per_page = self.per_page

        to: int | None | Unset
        if isinstance(self.to, Unset):
            to = UNSET
        else:
            to = self.to

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if from_ is not UNSET:
            field_dict["from"] = from_
        if last_page is not UNSET:
            field_dict["last_page"] = last_page
        if links is not UNSET:
            field_dict["links"] = links
        if path is not UNSET:
            field_dict["path"] = path
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if to is not UNSET:
            field_dict["to"] = to
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.pagination_meta_link import PaginationMetaLink

        d = dict(src_dict)
        current_page = d.pop("current_page", UNSET)

        def _parse_from_(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        last_page = d.pop("last_page", UNSET)

        _links = d.pop("links", UNSET)
        links: list[PaginationMetaLink] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = PaginationMetaLink.from_dict(links_item_data)

                links.append(links_item)

        path = d.pop("path", UNSET)

        per_page = d.pop("per_page", UNSET)

        def _parse_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        to = _parse_to(d.pop("to", UNSET))

        total = d.pop("total", UNSET)

        pagination_meta = cls(
            current_page=current_page,
            from_=from_,
            last_page=last_page,
            links=links,
            path=path,
            per_page=per_page,
            to=to,
            total=total,
        )

        pagination_meta.additional_properties = d
        return pagination_meta

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
