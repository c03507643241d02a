from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.field_entry import FieldEntry
    from ..models.field_map import FieldMap


T = TypeVar("T", bound="ReportMessage")


@_attrs_define
class ReportMessage:
    """One message (campaign or single send) in a message report.

    Attributes:
        type_ (str | Unset): How the message was sent, e.g. `campaign` or `quick_sms` (an open string).
        id (int | Unset): Message identifier.
        sms (int | Unset): SMS parts charged.
        cost (float | Unset): Charge, as a negative amount in the account currency (as recorded).
        sent_at (None | str | Unset): When it was (or is to be) sent (`YYYY-MM-DD HH:MM:SS`, UTC).
        status (str | Unset): Message state, e.g. `completed` (an open string).
        message (str | Unset): Message text.
        pending (int | Unset): Recipients without a carrier report yet.
        delivered (int | Unset): Delivered recipients.
        soft_bounced (int | Unset): Recipients with a temporary failure.
        hard_bounced (int | Unset): Recipients whose number is disconnected.
        optouts (int | Unset): Recipients who opted out.
        responses (int | Unset): Replies received.
        msisdn (int | Unset): The recipient, for a message sent to one number.
        first_name (None | str | Unset): First name of that contact on `list_id`.
        last_name (None | str | Unset): Last name of that contact on `list_id`.
        fields (FieldMap | list[FieldEntry] | Unset): Custom fields: an object by default, an array of name/value pairs
            with `response_style=array`, and `[]` when there are none.
    """

    type_: str | Unset = UNSET
    id: int | Unset = UNSET
    sms: int | Unset = UNSET
    cost: float | Unset = UNSET
    sent_at: None | str | Unset = UNSET
    status: str | Unset = UNSET
    message: str | Unset = UNSET
    pending: int | Unset = UNSET
    delivered: int | Unset = UNSET
    soft_bounced: int | Unset = UNSET
    hard_bounced: int | Unset = UNSET
    optouts: int | Unset = UNSET
    responses: int | Unset = UNSET
    msisdn: int | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    fields: FieldMap | list[FieldEntry] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        sms = self.sms

        cost = self.cost

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        else:
            sent_at = self.sent_at

        status = self.status

        message = self.message

        pending = self.pending

        delivered = self.delivered

        soft_bounced = self.soft_bounced

        hard_bounced = self.hard_bounced

        optouts = self.optouts

        responses = self.responses

        msisdn = self.msisdn

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        fields: dict[str, Any] | list[dict[str, Any]] | Unset
        if isinstance(self.fields, Unset):
            fields = UNSET
        elif isinstance(self.fields, list):
            fields = []
            for componentsschemas_custom_fields_type_0_item_data in self.fields:
                componentsschemas_custom_fields_type_0_item = componentsschemas_custom_fields_type_0_item_data.to_dict()
                fields.append(componentsschemas_custom_fields_type_0_item)

        else:
            fields = self.fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if sms is not UNSET:
            field_dict["sms"] = sms
        if cost is not UNSET:
            field_dict["cost"] = cost
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if pending is not UNSET:
            field_dict["pending"] = pending
        if delivered is not UNSET:
            field_dict["delivered"] = delivered
        if soft_bounced is not UNSET:
            field_dict["soft_bounced"] = soft_bounced
        if hard_bounced is not UNSET:
            field_dict["hard_bounced"] = hard_bounced
        if optouts is not UNSET:
            field_dict["optouts"] = optouts
        if responses is not UNSET:
            field_dict["responses"] = responses
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if fields is not UNSET:
            field_dict["fields"] = fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.field_entry import FieldEntry
        from ..models.field_map import FieldMap

        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        id = d.pop("id", UNSET)

        sms = d.pop("sms", UNSET)

        cost = d.pop("cost", UNSET)

        def _parse_sent_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sent_at = _parse_sent_at(d.pop("sent_at", UNSET))

        status = d.pop("status", UNSET)

        message = d.pop("message", UNSET)

        pending = d.pop("pending", UNSET)

        delivered = d.pop("delivered", UNSET)

        soft_bounced = d.pop("soft_bounced", UNSET)

        hard_bounced = d.pop("hard_bounced", UNSET)

        optouts = d.pop("optouts", UNSET)

        responses = d.pop("responses", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_fields(data: object) -> FieldMap | list[FieldEntry] | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                componentsschemas_custom_fields_type_0 = []
                _componentsschemas_custom_fields_type_0 = data
                for componentsschemas_custom_fields_type_0_item_data in _componentsschemas_custom_fields_type_0:
                    componentsschemas_custom_fields_type_0_item = FieldEntry.from_dict(
                        componentsschemas_custom_fields_type_0_item_data
                    )

                    componentsschemas_custom_fields_type_0.append(componentsschemas_custom_fields_type_0_item)

                return componentsschemas_custom_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_custom_fields_type_1 = FieldMap.from_dict(data)

            return componentsschemas_custom_fields_type_1

        fields = _parse_fields(d.pop("fields", UNSET))

        report_message = cls(
            type_=type_,
            id=id,
            sms=sms,
            cost=cost,
            sent_at=sent_at,
            status=status,
            message=message,
            pending=pending,
            delivered=delivered,
            soft_bounced=soft_bounced,
            hard_bounced=hard_bounced,
            optouts=optouts,
            responses=responses,
            msisdn=msisdn,
            first_name=first_name,
            last_name=last_name,
            fields=fields,
        )

        report_message.additional_properties = d
        return report_message

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
