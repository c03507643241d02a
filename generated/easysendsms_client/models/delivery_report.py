from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeliveryReport")


@_attrs_define
class DeliveryReport:
    """
    Attributes:
        sms_id (str): The message id returned by the send call (the part after `OK: `).
        response (str): Final status: DELIVRD reached the handset; EXPIRED the carrier gave up within the
            validity period; UNDELIV permanent failure. An open word: one not listed reads as
            failed (`x-smskit-callback.statuses`).
        source (str | Unset): Sender name / id the message was sent with.
        msisdn (str | Unset): Recipient number, international digits.
        sent_date (str | Unset): When the carrier's delivery report was generated (the time of the final status, which
            smskit reports as `at`). Documented as `YYYY-MM-DD hh:mm:ss`, but the vendor sample uses
            `M/D/YYYY h:mm:ss AM/PM`; both are read (`x-smskit-callback.at_formats`), and a time in
            neither form is kept as text with `at` left empty.
    """

    sms_id: str
    response: str
    source: str | Unset = UNSET
    msisdn: str | Unset = UNSET
    sent_date: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sms_id = self.sms_id

        response = self.response

        source = self.source

        msisdn = self.msisdn

        sent_date = self.sent_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sms_id": sms_id,
                "response": response,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if sent_date is not UNSET:
            field_dict["sent_date"] = sent_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sms_id = d.pop("sms_id")

        response = d.pop("response")

        source = d.pop("source", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        sent_date = d.pop("sent_date", UNSET)

        delivery_report = cls(
            sms_id=sms_id,
            response=response,
            source=source,
            msisdn=msisdn,
            sent_date=sent_date,
        )

        delivery_report.additional_properties = d
        return delivery_report

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
