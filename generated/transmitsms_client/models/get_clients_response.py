from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.client import Client
    from ..models.error_block import ErrorBlock
    from ..models.page_block import PageBlock


T = TypeVar("T", bound="GetClientsResponse")


@_attrs_define
class GetClientsResponse:
    """Answer to get-clients.

    Attributes:
        page (PageBlock): Pagination block of paginated answers.
        clients_total (int): Client accounts of the reseller.
        clients (list[Client]):
        error (ErrorBlock): Outcome block carried by every answer, successful or not.
    """

    page: PageBlock
    clients_total: int
    clients: list[Client]
    error: ErrorBlock
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        page = self.page.to_dict()

        clients_total = self.clients_total

        clients = []
        for clients_item_data in self.clients:
            clients_item = clients_item_data.to_dict()
            clients.append(clients_item)

        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page": page,
                "clients_total": clients_total,
                "clients": clients,
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.client import Client
        from ..models.error_block import ErrorBlock
        from ..models.page_block import PageBlock

        d = dict(src_dict)
        page = PageBlock.from_dict(d.pop("page"))

        clients_total = d.pop("clients_total")

        clients = []
        _clients = d.pop("clients")
        for clients_item_data in _clients:
            clients_item = Client.from_dict(clients_item_data)

            clients.append(clients_item)

        error = ErrorBlock.from_dict(d.pop("error"))

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
