from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client import Client
    from ..models.error_block import ErrorBlock
    from ..models.page_block import PageBlock


T = TypeVar("T", bound="GetClientsResponse")


@_attrs_define
class GetClientsResponse:
    """Answer to get-clients.

    Attributes:
        page (PageBlock | Unset): Pagination block of paginated answers.
        clients_total (int | Unset): Client accounts of the reseller.
        clients (list[Client] | Unset):
        error (ErrorBlock | Unset): Outcome block carried by every answer, successful or not.
    """

    page: PageBlock | Unset = UNSET
    clients_total: int | Unset = UNSET
    clients: list[Client] | Unset = UNSET
    error: ErrorBlock | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page.to_dict()

        clients_total = self.clients_total

        clients: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clients, Unset):
            clients = []
            for clients_item_data in self.clients:
                clients_item = clients_item_data.to_dict()
                clients.append(clients_item)

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if page is not UNSET:
            field_dict["page"] = page
        if clients_total is not UNSET:
            field_dict["clients_total"] = clients_total
        if clients is not UNSET:
            field_dict["clients"] = clients
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client import Client
        from ..models.error_block import ErrorBlock
        from ..models.page_block import PageBlock

        d = dict(src_dict)
        _page = d.pop("page", UNSET)
        page: PageBlock | Unset
        if isinstance(_page, Unset):
            page = UNSET
        else:
            page = PageBlock.from_dict(_page)

        clients_total = d.pop("clients_total", UNSET)

        _clients = d.pop("clients", UNSET)
        clients: list[Client] | Unset = UNSET
        if _clients is not UNSET:
            clients = []
            for clients_item_data in _clients:
                clients_item = Client.from_dict(clients_item_data)

                clients.append(clients_item)

        _error = d.pop("error", UNSET)
        error: ErrorBlock | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorBlock.from_dict(_error)

        get_clients_response = cls(
            page=page,
            clients_total=clients_total,
            clients=clients,
            error=error,
        )

        get_clients_response.additional_properties = d
        return get_clients_response

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
