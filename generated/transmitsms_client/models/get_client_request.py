from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetClientRequest")


@_attrs_define
class GetClientRequest:
    """Form fields of get-client.

    Attributes:
        client_id (int | Unset): Client account identifier; omitted: the caller's own account.
    """

    client_id: int | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        client_id = d.pop("client_id", UNSET)

        get_client_request = cls(
            client_id=client_id,
        )

        return get_client_request
