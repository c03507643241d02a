from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.error_block import ErrorBlock


T = TypeVar("T", bound="ClientResponse")


@_attrs_define
class ClientResponse:
    """Answer to get-client and add-client.

    Attributes:
        id (int | Unset): Client account identifier.
        name (str | Unset): Client company name.
        contact (None | str | Unset): Contact person.
        email (str | Unset): Login email of the client.
        msisdn (int | Unset): Client phone number (documented as a string, recorded as an integer).
        currency (str | Unset): Account currency (ISO 4217).
        timezone (str | Unset): IANA time zone, e.g. `Australia/Sydney`.
        created (None | str | Unset): When the client account was created (`YYYY-MM-DD HH:MM:SS`, UTC).
        client_pays (bool | Unset): Whether the client pays for its own messages.
        sms_margin (float | Unset): Margin added per SMS.
        number_margin (float | Unset): Margin added per virtual number.
        apikey (None | str | Unset): Client's API key.
        apisecret (None | str | Unset): Client's API secret (may be empty or null).
        recharge_amount (float | Unset): Automatic recharge amount.
        total_lists (int | Unset): Lists owned by the client.
        total_sms (int | Unset): SMS sent by the client.
        total_contacts (int | Unset): Contacts owned by the client.
        total_spend (float | Unset): Total spent by the client.
        total_revenue (float | Unset): Total revenue earned from the client.
        credits_based (bool | Unset): Credit-based billing (documented key).
        credit_based (bool | Unset): Credit-based billing (key seen in recorded answers).
        balance (float | Unset): Client balance.
        has_credit_card (str | Unset): Whether a card is on file (`yes` / `no`).
        trial (str | Unset): Whether the account is a trial (`yes` / `no`).
        trial_expiry_date (None | str | Unset): End of the trial, when any.
        error (ErrorBlock | Unset): Outcome block carried by every answer, successful or not.
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    contact: None | str | Unset = UNSET
    email: str | Unset = UNSET
    msisdn: int | Unset = UNSET
    currency: str | Unset = UNSET
    timezone: str | Unset = UNSET
    created: None | str | Unset = UNSET
    client_pays: bool | Unset = UNSET
    sms_margin: float | Unset = UNSET
    number_margin: float | Unset = UNSET
    apikey: None | str | Unset = UNSET
    apisecret: None | str | Unset = UNSET
    recharge_amount: float | Unset = UNSET
    total_lists: int | Unset = UNSET
    total_sms: int | Unset = UNSET
    total_contacts: int | Unset = UNSET
    total_spend: float | Unset = UNSET
    total_revenue: float | Unset = UNSET
    credits_based: bool | Unset = UNSET
    credit_based: bool | Unset = UNSET
    balance: float | Unset = UNSET
    has_credit_card: str | Unset = UNSET
    trial: str | Unset = UNSET
    trial_expiry_date: None | str | Unset = UNSET
    error: ErrorBlock | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        contact: None | str | Unset
        if isinstance(self.contact, Unset):
            contact = UNSET
        else:
            contact = self.contact

        email = self.email

        msisdn = self.msisdn

        currency = self.currency

        timezone = self.timezone

        created: None | str | Unset
        if isinstance(self.created, Unset):
            created = UNSET
        else:
            created = self.created

        client_pays = self.client_pays

        sms_margin = self.sms_margin

        number_margin = self.number_margin

        apikey: None | str | Unset
        if isinstance(self.apikey, Unset):
            apikey = UNSET
        else:
            apikey = self.apikey

        apisecret: None | str | Unset
        if isinstance(self.apisecret, Unset):
            apisecret = UNSET
        else:
            apisecret = self.apisecret

        recharge_amount = self.recharge_amount

        total_lists = self.total_lists

        total_sms = self.total_sms

        total_contacts = self.total_contacts

        total_spend = self.total_spend

        total_revenue = self.total_revenue

        credits_based = self.credits_based

        credit_based = self.credit_based

        balance = self.balance

        has_credit_card = self.has_credit_card

        trial = self.trial

        trial_expiry_date: None | str | Unset
        if isinstance(self.trial_expiry_date, Unset):
            trial_expiry_date = UNSET
        else:
            trial_expiry_date = self.trial_expiry_date

        error: dict[str, Any] | Unset = UNSET
        if not isinstance(self.error, Unset):
            error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if contact is not UNSET:
            field_dict["contact"] = contact
        if email is not UNSET:
            field_dict["email"] = email
        if msisdn is not UNSET:
            field_dict["msisdn"] = msisdn
        if currency is not UNSET:
            field_dict["currency"] = currency
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if created is not UNSET:
            field_dict["created"] = created
        if client_pays is not UNSET:
            field_dict["client_pays"] = client_pays
        if sms_margin is not UNSET:
            field_dict["sms_margin"] = sms_margin
        if number_margin is not UNSET:
            field_dict["number_margin"] = number_margin
        if apikey is not UNSET:
            field_dict["apikey"] = apikey
        if apisecret is not UNSET:
            field_dict["apisecret"] = apisecret
        if recharge_amount is not UNSET:
            field_dict["recharge_amount"] = recharge_amount
        if total_lists is not UNSET:
            field_dict["total_lists"] = total_lists
        if total_sms is not UNSET:
            field_dict["total_sms"] = total_sms
        if total_contacts is not UNSET:
            field_dict["total_contacts"] = total_contacts
        if total_spend is not UNSET:
            field_dict["total_spend"] = total_spend
        if total_revenue is not UNSET:
            field_dict["total_revenue"] = total_revenue
        if credits_based is not UNSET:
            field_dict["credits_based"] = credits_based
        if credit_based is not UNSET:
            field_dict["credit_based"] = credit_based
        if balance is not UNSET:
            field_dict["balance"] = balance
        if has_credit_card is not UNSET:
            field_dict["has_credit_card"] = has_credit_card
        if trial is not UNSET:
            field_dict["trial"] = trial
        if trial_expiry_date is not UNSET:
            field_dict["trial_expiry_date"] = trial_expiry_date
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.error_block import ErrorBlock

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_contact(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contact = _parse_contact(d.pop("contact", UNSET))

        email = d.pop("email", UNSET)

        msisdn = d.pop("msisdn", UNSET)

        currency = d.pop("currency", UNSET)

        timezone = d.pop("timezone", UNSET)

        def _parse_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created = _parse_created(d.pop("created", UNSET))

        client_pays = d.pop("client_pays", UNSET)

        sms_margin = d.pop("sms_margin", UNSET)

        number_margin = d.pop("number_margin", UNSET)

        def _parse_apikey(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apikey = _parse_apikey(d.pop("apikey", UNSET))

        def _parse_apisecret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        apisecret = _parse_apisecret(d.pop("apisecret", UNSET))

        recharge_amount = d.pop("recharge_amount", UNSET)

        total_lists = d.pop("total_lists", UNSET)

        total_sms = d.pop("total_sms", UNSET)

        total_contacts = d.pop("total_contacts", UNSET)

        total_spend = d.pop("total_spend", UNSET)

        total_revenue = d.pop("total_revenue", UNSET)

        credits_based = d.pop("credits_based", UNSET)

        credit_based = d.pop("credit_based", UNSET)

        balance = d.pop("balance", UNSET)

        has_credit_card = d.pop("has_credit_card", UNSET)

        trial = d.pop("trial", UNSET)

        def _parse_trial_expiry_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trial_expiry_date = _parse_trial_expiry_date(d.pop("trial_expiry_date", UNSET))

        _error = d.pop("error", UNSET)
        error: ErrorBlock | Unset
        if isinstance(_error, Unset):
            error = UNSET
        else:
            error = ErrorBlock.from_dict(_error)

        client_response = cls(
            id=id,
            name=name,
            contact=contact,
            email=email,
            msisdn=msisdn,
            currency=currency,
            timezone=timezone,
            created=created,
            client_pays=client_pays,
            sms_margin=sms_margin,
            number_margin=number_margin,
            apikey=apikey,
            apisecret=apisecret,
            recharge_amount=recharge_amount,
            total_lists=total_lists,
            total_sms=total_sms,
            total_contacts=total_contacts,
            total_spend=total_spend,
            total_revenue=total_revenue,
            credits_based=credits_based,
            credit_based=credit_based,
            balance=balance,
            has_credit_card=has_credit_card,
            trial=trial,
            trial_expiry_date=trial_expiry_date,
            error=error,
        )

        client_response.additional_properties = d
        return client_response

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
