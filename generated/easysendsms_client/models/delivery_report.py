from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.delivery_report_response import DeliveryReportResponse

T = TypeVar("T", bound="DeliveryReport")


@_attrs_define
class DeliveryReport:
    """
    Attributes:
        source (str): Sender name / id the message was sent with.
        msisdn (str): Recipient number, international digits.
        sent_date (str): When the report arrived. Documented as `YYYY-MM-DD hh:mm:ss`, but the vendor sample
            uses `M/D/YYYY h:mm:ss AM/PM`; both are accepted.
        sms_id (str): The message id returned by the send call (the part after `OK: `).
        response (DeliveryReportResponse): Final status: DELIVRD reached the handset; EXPIRED the carrier gave up within
            the
            validity period; UNDELIV permanent failure.
    """

    source: str
    msisdn: str
    sent_date: str
    sms_id: str
    response: DeliveryReportResponse
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        msisdn = self.msisdn

        sent_date = self.sent_date

        sms_id = self.sms_id

        response = self.response.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "msisdn": msisdn,
                "sent_date": sent_date,
                "sms_id": sms_id,
                "response": response,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source = d.pop("source")

        msisdn = d.pop("msisdn")

        sent_date = d.pop("sent_date")

        sms_id = d.pop("sms_id")

        response = DeliveryReportResponse(d.pop("response"))

        delivery_report = cls(
            source=source,
            msisdn=msisdn,
            sent_date=sent_date,
            sms_id=sms_id,
            response=response,
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
