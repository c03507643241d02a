"""TransmitSMS state: the records behind each account, the ids shared by all accounts, numbers and times.

Every account's records live in `account.resources` (see `Book`); the ids that are unique across accounts
(message, list, keyword, reply and client ids) come from a `Registry` that is rebuilt with the store on reset.
phonenumbers is imported where it is used, and its geocoder (country names, 0.4 s to load) only when a
`countrycode` is given as a name.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from typing import Any

import attrs

from smskit_sim.numbers import Outcome, outcome
from smskit_sim.store import Account, Store

__all__ = [
    "PHP_TRIM",
    "SHARED_NUMBER",
    "Book",
    "Client",
    "ContactList",
    "EmailSender",
    "Import",
    "Keyword",
    "Member",
    "Registry",
    "Reply",
    "Send",
    "VirtualNumber",
    "clean_digits",
    "international",
    "region_of",
]

# What PHP's trim() strips (" \t\n\r\0\x0B"), the provider's reading of "empty": unlike Python's str.strip(),
# it keeps other control characters (\x1f, \x0c, \x85...) and Unicode spaces.
PHP_TRIM = " \t\n\r\0\x0b"
# The shared pool's number: the sender of messages sent without `from` (a documented example longcode).
SHARED_NUMBER = 61429997672
# Numbers every account starts with: leased (the documents' own examples, so they work as shown; the last one
# has expired) and available for lease (get-numbers `filter=available` and the lease-number example).
SEED_OWNED = ((61418279031, "active"), (61436446702, "active"), (61477333222, "active"), (61400000900, "inactive"))
SEED_AVAILABLE = (61417861086, *range(61400000101, 61400000121))
_USER_ID_BASE = 54910  # user_id of an account = base + its serial (the documented examples use 54911)


@attrs.define
class Member:
    list_id: int
    msisdn: int
    first_name: str | None
    last_name: str | None
    created_at: float
    values: dict[str, str]  # slot (field_1..field_10) -> value
    deleted: bool = False
    optout: bool = False

    @property
    def status(self) -> str:
        return "inactive" if self.deleted or self.optout else "active"


@attrs.define
class ContactList:
    id: int
    name: str
    created_at: float | None  # None for keyword auto-lists, as documented
    fields: dict[str, str]  # slot (field_1..field_10) -> field name, in slot order
    members: dict[int, Member] = attrs.field(factory=dict)

    @property
    def active(self) -> list[Member]:
        return [m for m in self.members.values() if m.status == "active"]


@attrs.define
class VirtualNumber:
    number: int
    price: float
    status: str = "active"
    auto_renew: bool = True
    next_charge: str | None = None
    forward_url: str | None = None
    forward_email: str = ""  # edit-number-options: what the number does with inbound SMS
    forward_sms: str = ""
    list_id: int | None = None
    welcome_message: str = ""
    members_message: str = ""


@attrs.define
class Keyword:
    id: int
    keyword: str
    number: int
    list_id: int
    reference: str = ""
    welcome_message: str = ""
    member_message: str = ""
    forward_url: str = ""
    forward_email: str = ""
    forward_sms: str = ""
    status: str = "open"
    billing_date: str | None = None


@attrs.define
class Send:
    """One send-sms call: one message_id, one store Message per recipient (group = message_id)."""

    message_id: int
    template: str
    sender: str
    send_at: float
    cost: float
    sms: int
    recipients: dict[int, str]  # msisdn -> store message id
    list_id: int | None = None
    list_name: str | None = None
    dlr_callback: str | None = None
    reply_callback: str | None = None
    validity: int | None = None
    optouts: set[int] = attrs.field(factory=set)  # recipients who opted out by replying
    kind: str = "api"  # get-message-report `type`: "api" for a send to numbers, "campaign" for a list send

    def sms_id(self, number: int) -> int:
        """The id of one recipient's SMS (get-user-sms-sent `id`): the message id and the recipient's place."""
        return self.message_id * 1000 + list(self.recipients).index(number) + 1


@attrs.define
class Reply:
    id: int
    message_id: int
    list_id: int
    received_at: float
    msisdn: int
    response: str
    longcode: int | None
    first_name: str | None = None
    last_name: str | None = None
    keyword_id: int | None = None
    is_optout: bool = False


@attrs.define
class Import:
    """The latest add-contacts-bulk import into a list (its rows are applied at once; it reports as taking time)."""

    list_id: int
    started_at: float
    done_at: float
    status: str  # its final state: "completed" or "failed"
    importlength: int = 0
    duplicates: int = 0
    skipped: int = 0
    optout: int = 0
    imported: int = 0


@attrs.define
class EmailSender:
    """An address (or `*@domain`) allowed to send SMS by email (add-email)."""

    email: str
    max_sms: int
    number: int | None


@attrs.define
class Client:
    id: int
    account_id: str  # the simulator account that the client signs in with
    name: str
    email: str
    msisdn: int
    contact: str | None
    timezone: str
    created_at: float
    client_pays: bool
    sms_margin: float
    number_margin: float
    payment_method: str
    recharge_amount: float


class Book:
    """Typed view of one account's TransmitSMS records, kept in `account.resources` under these keys."""

    def __init__(self, account: Account, store: Store) -> None:
        res = account.resources
        fresh = "lists" not in res
        self.lists: dict[int, ContactList] = res.setdefault("lists", {})
        self.numbers: dict[int, VirtualNumber] = res.setdefault("numbers", {})  # leased by this account
        self.available: dict[int, VirtualNumber] = res.setdefault("available", {})  # free to lease
        self.keywords: dict[int, Keyword] = res.setdefault("keywords", {})
        self.sends: dict[int, Send] = res.setdefault("sends", {})
        self.replies: list[Reply] = res.setdefault("replies", [])
        self.clients: dict[int, Client] = res.setdefault("clients", {})
        self.optouts: set[int] = res.setdefault("optouts", set())  # account-wide opt-outs (STOP replies...)
        self.imports: dict[int, Import] = res.setdefault("imports", {})  # list id -> its latest CSV import
        self.emails: dict[str, EmailSender] = res.setdefault("emails", {})  # Email to SMS senders, lower case
        if fresh:
            charge = date_of(store, store.clock.now() + 30 * 86400)
            for number, status in SEED_OWNED:
                self.numbers[number] = VirtualNumber(number, 25.0, status, status == "active",
                                                     charge if status == "active" else None)  # fmt: skip
            for number in SEED_AVAILABLE:
                self.available[number] = VirtualNumber(number, 25.0)


class Registry:
    """Ids unique across accounts, and which account owns each; one per store (rebuilt on reset)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.message_ids = itertools.count(400000001)
        self.list_ids = itertools.count(4200001)
        self.keyword_ids = itertools.count(910001)
        self.reply_ids = itertools.count(36570001)
        self.client_ids = itertools.count(60001)
        self.messages: dict[int, str] = {}  # message_id -> account id
        self.lists: dict[int, str] = {}  # list_id -> account id
        self.clients: dict[int, str] = {}  # client id -> the reseller's account id
        self.emails: set[str] = set()  # client logins

    def user_id(self, account: Account) -> int:
        own = account.resources.get("user_id")
        if isinstance(own, int):
            return own
        return _USER_ID_BASE + int(account.id.rsplit("-", 1)[-1])


# --- times ----------------------------------------------------------------------------------------------------
def stamp(store: Store, at: float | None) -> str | None:
    """A virtual time as the API writes it: `YYYY-MM-DD HH:MM:SS`, UTC."""
    return None if at is None else store.clock.datetime(at).strftime("%Y-%m-%d %H:%M:%S")


def date_of(store: Store, at: float) -> str:
    return store.clock.datetime(at).strftime("%Y-%m-%d")


def parse_time(store: Store, raw: str, end_of_day: bool = False) -> float:
    """`YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DD` (UTC) as virtual time; ValueError for an impossible date."""
    if len(raw) == 10:
        day = dt.datetime.strptime(raw, "%Y-%m-%d").replace(tzinfo=dt.UTC)
        return store.clock.at(day + dt.timedelta(days=1, seconds=-1) if end_of_day else day)
    return store.clock.at(dt.datetime.strptime(raw, "%Y-%m-%d %H:%M:%S").replace(tzinfo=dt.UTC))


# --- numbers --------------------------------------------------------------------------------------------------
_SEPARATORS = re.compile(r"[\s().\-/]")


@functools.cache
def _regions_by_name() -> dict[str, str]:
    import phonenumbers
    from phonenumbers import geocoder

    names = {}
    for region in phonenumbers.SUPPORTED_REGIONS:
        name = geocoder._region_display_name(region, "en")
        if name:
            names[name.lower()] = region
    return names


def region_of(countrycode: str) -> str | None:
    """The ISO region of a `countrycode` parameter (an ISO 3166 alpha-2 code or a country name, any case)."""
    import phonenumbers

    key = countrycode.strip(PHP_TRIM)
    if key.upper() in phonenumbers.SUPPORTED_REGIONS:
        return key.upper()
    return _regions_by_name().get(key.lower())


def clean_digits(raw: str) -> tuple[str, bool]:
    """The digits of a number as written, and whether it was written internationally (`+` or `00`)."""
    cleaned = _SEPARATORS.sub("", raw)
    if cleaned.startswith("+"):
        return cleaned[1:], True
    if cleaned.startswith("00"):
        return cleaned[2:], True
    return cleaned, False


def international(raw: str, region: str | None) -> str | None:
    """A recipient as international digits (local numbers converted for `region`); None when it is no number.

    Without a region a number must already be international (a leading 0 marks a local number). Whether the
    digits are a valid recipient is then the test-number rule (numbers.py), as for every simulated provider.
    """
    digits, written_international = clean_digits(raw)
    if not digits.isascii() or not digits.isdigit():
        return None
    if region is not None and not written_international:
        import phonenumbers

        try:
            parsed = phonenumbers.parse(digits, region)
        except phonenumbers.NumberParseException:
            parsed = None
        if parsed is not None and phonenumbers.is_possible_number(parsed):
            digits = f"{parsed.country_code}{parsed.national_number}"
    if digits.startswith("0") or outcome(digits) is Outcome.INVALID:
        return None
    return digits


def formatted(raw: str, region: str) -> dict[str, Any]:
    """format-number's `number` object for `raw` read in `region`."""
    import phonenumbers

    digits, _ = clean_digits(raw)
    try:
        parsed = phonenumbers.parse(raw if raw.strip(PHP_TRIM).startswith("+") else digits, region)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not digits.isdigit():
        return {"countrycode": phonenumbers.country_code_for_region(region), "nationalnumber": 0,
                "national_leading_zeroes": 0, "rawinput": None, "international": 0, "type": 10,
                "isValid": False}  # fmt: skip
    full = f"{parsed.country_code}{parsed.national_number}"
    result = outcome(full)
    valid = phonenumbers.is_possible_number(parsed) and result is not Outcome.INVALID
    kind = phonenumbers.number_type(parsed)
    landline = result is Outcome.LANDLINE or kind == phonenumbers.PhoneNumberType.FIXED_LINE
    return {
        "countrycode": parsed.country_code,
        "nationalnumber": parsed.national_number,
        "national_leading_zeroes": parsed.national_number,
        "rawinput": None,
        "international": int(full),
        "type": 10 if not valid else 0 if landline else 1,
        "isValid": valid,
    }
