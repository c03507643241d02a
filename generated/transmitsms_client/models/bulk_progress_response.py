from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_block import ErrorBlock


T = TypeVar("T", bound="BulkProgressResponse")


@_attrs_define
class BulkProgressResponse:
    """Answer to add-contacts-bulk-progress.

    Attributes:
        list_id (int | Unset): List the file is imported into.
        status (str | Unset): Import state: `completed`, `in progress` or `failed` (an open string).
        importlength (int | Unset): Rows in the file, invalid ones included.
        completed (int | Unset): Rows processed so far (= importlength when done).
        duplicates (int | Unset): Rows whose number was already on the list or earlier in the file (the first is kept).
        skipped (int | Unset): Blank rows and rows without a valid number.
        optout (int | Unset): Rows whose number had opted out.
        imported (int | Unset): Contacts imported.
        error (ErrorBlock | Unset): Outcome block carried by every answer, successful or not.
    """

    list_id: int | Unset = UNSET
    status: str | Unset = UNSET
    importlength: int | Unset = UNSET
    completed: int | Unset = UNSET
    duplicates: int | Unset = UNSET
    skipped: int | Unset = UNSET
    optout: int | Unset = UNSET
    imported: int | Unset = UNSET
    error: ErrorBlock | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_id = self.list_id

        status = self.status

        importlength = self.importlength

        completed = self.completed

        duplicates = self.duplicates

        skipped = self.skipped

        optout = self.optout

        imported = self.imported

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if list_id is not UNSET:
            field_dict["list_id"] = list_id
        if status is not UNSET:
            field_dict["status"] = status
        if importlength is not UNSET:
            field_dict["importlength"] = importlength
        if completed is not UNSET:
            field_dict["completed"] = completed
        if duplicates is not UNSET:
            field_dict["duplicates"] = duplicates
        if skipped is not UNSET:
            field_dict["skipped"] = skipped
        if optout is not UNSET:
            field_dict["optout"] = optout
        if imported is not UNSET:
            field_dict["imported"] = imported
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_block import ErrorBlock

        d = dict(src_dict)
        list_id = d.pop("list_id", UNSET)

        status = d.pop("status", UNSET)

        importlength = d.pop("importlength", UNSET)

        completed = d.pop("completed", UNSET)

        duplicates = d.pop("duplicates", UNSET)

        skipped = d.pop("skipped", UNSET)

        optout = d.pop("optout", UNSET)

        imported = d.pop("imported", UNSET)

        _error = d.pop("error", UNSET)
        error: ErrorBlock | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorBlock.from_dict(_error)

        bulk_progress_response = cls(
            list_id=list_id,
            status=status,
            importlength=importlength,
            completed=completed,
            duplicates=duplicates,
            skipped=skipped,
            optout=optout,
            imported=imported,
            error=error,
        )

        bulk_progress_response.additional_properties = d
        return bulk_progress_response

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
