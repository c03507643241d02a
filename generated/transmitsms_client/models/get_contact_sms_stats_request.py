from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_contact_sms_stats_request_order import GetContactSmsStatsRequestOrder
from ..models.get_contact_sms_stats_request_sort_field import GetContactSmsStatsRequestSortField
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetContactSmsStatsRequest")


@_attrs_define
class GetContactSmsStatsRequest:
    """Form fields of get-contact-sms-stats.

    Attributes:
        mobile (int): Recipient number, international format (or local with `countrycode`).
        countrycode (str | Unset): ISO 3166 alpha-2 code or country name (case-insensitive); local-format numbers are
            converted to international format for that country.
        start (str | Unset): Start of the window, UTC (`YYYY-MM-DD HH:MM:SS`; a plain date is also accepted).
        end (str | Unset): End of the window, UTC (`YYYY-MM-DD HH:MM:SS`; a plain date is also accepted).
        sort_field (GetContactSmsStatsRequestSortField | Unset): Sort by this column.
        order (GetContactSmsStatsRequestOrder | Unset): Sort order.
        page (int | Unset): Page to return (1-based). Default: 1.
        max_ (int | Unset): Results per page. Default: 10.
    """

    mobile: int
    countrycode: str | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    sort_field: GetContactSmsStatsRequestSortField | Unset = UNSET
    order: GetContactSmsStatsRequestOrder | Unset = UNSET
    page: int | Unset = 1
    max_: int | Unset = 10
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mobile = self.mobile

        countrycode = self.countrycode

        start = self.start

        end = self.end

        sort_field: str | Unset = UNSET
        if not isinstance(self.sort_field, Unset):
            sort_field = self.sort_field.value

        order: str | Unset = UNSET
        if not isinstance(self.order, Unset):
            order = self.order.value

        page = self.page

        max_ = self.max_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mobile": mobile,
            }
        )
        if countrycode is not UNSET:
            field_dict["countrycode"] = countrycode
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end
        if sort_field is not UNSET:
            field_dict["sort_field"] = sort_field
        if order is not UNSET:
            field_dict["order"] = order
        if page is not UNSET:
            field_dict["page"] = page
        if max_ is not UNSET:
            field_dict["max"] = max_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        mobile = d.pop("mobile")

        countrycode = d.pop("countrycode", UNSET)

        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        _sort_field = d.pop("sort_field", UNSET)
        sort_field: GetContactSmsStatsRequestSortField | Unset
        if isinstance(_sort_field, Unset):
            sort_field = UNSET
        else:
            sort_field = GetContactSmsStatsRequestSortField(_sort_field)

        _order = d.pop("order", UNSET)
        order: GetContactSmsStatsRequestOrder | Unset
        if isinstance(_order, Unset):
            order = UNSET
        else:
            order = GetContactSmsStatsRequestOrder(_order)

        page = d.pop("page", UNSET)

        max_ = d.pop("max", UNSET)

        get_contact_sms_stats_request = cls(
            mobile=mobile,
            countrycode=countrycode,
            start=start,
            end=end,
            sort_field=sort_field,
            order=order,
            page=page,
            max_=max_,
        )

        get_contact_sms_stats_request.additional_properties = d
        return get_contact_sms_stats_request

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
