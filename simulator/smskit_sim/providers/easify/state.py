"""Easify account state, in `account.resources`: the account's numbers, templates, chat history (sent and
received), campaigns and the serial numbers of each; and the words the API shows a message's status in."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from smskit_sim.numbers import Outcome
from smskit_sim.store import Account, Message, Store

__all__ = ["NUMBER_KEYS", "listing", "next_serial", "own_number", "remarks", "state", "word"]

NUMBER_KEYS = ("id", "number", "approved", "gateway", "name", "status", "webhook_url", "created_at")
# Seeded in every account: the documents' two example templates (ids 1450 and 1452).
_TEMPLATES = (
    {"id": 1450, "group_name": "Group 01", "name": "Template 01",
     "message": "This is test template. Reply STOP to opt-out."},
    {"id": 1452, "group_name": "Group 01", "name": "Template 02",
     "message": "This is test template 2. Reply STOP to opt-out."},
)  # fmt: skip
_WORDS = {"scheduled": "Scheduled", "queued": "Pending", "sent": "Success", "delivered": "Delivered",
          "expired": "Undelivered", "cancelled": "Failed"}  # fmt: skip
_REMARKS = {
    Outcome.UNDELIVERABLE: "Undelivered: the handset could not be reached",
    Outcome.DO_NOT_DISTURB: "Undelivered: the recipient's carrier refused it (do not disturb)",
    Outcome.UNROUTABLE: "Failed: no route to the recipient's network",
    Outcome.EXPIRES: "Undelivered: expired, the handset stayed unreachable",
    Outcome.ABSENT: "Undelivered: absent subscriber",
}


def listing(at: dt.datetime) -> str:
    return at.strftime("%m-%d-%Y %I:%M:%S %p")


def national(e164: str, codes: Sequence[str]) -> str:
    """The national part of one of the account's numbers (the documents write `from_number` that way)."""
    import phonenumbers  # only when an account's numbers are first listed

    try:
        return str(phonenumbers.parse(e164).national_number)
    except phonenumbers.NumberParseException:
        digits = e164.lstrip("+")
        for code in codes:
            if digits.startswith(code[1:]):
                return digits[len(code) - 1 :]
        return digits


def state(account: Account, store: Store, codes: Sequence[str]) -> dict[str, Any]:
    """The account's Easify resources, seeded on first use (phone-number ids 1, 2, ... per account)."""
    resources = account.resources
    if "numbers" not in resources:
        created = listing(store.clock.datetime(0.0))
        resources["numbers"] = [
            {"id": i + 1, "number": e164, "national": national(e164, codes), "approved": "Approved",
             "gateway": "Easify SMS Gateway", "name": f"Easify number {i + 1}", "status": "Active",
             "webhook_url": None, "created_at": created}
            for i, e164 in enumerate(account.credentials.get("from_numbers", []))
        ]  # fmt: skip
        resources["templates"] = [{**t, "sms_type": "sms", "media_url": "", "created_at": created} for t in _TEMPLATES]
        resources["history"] = []
        resources["campaigns"] = {}
        resources["serial"] = {"record": 0, "campaign": 0, "item": 0}
    return resources


def next_serial(resources: dict[str, Any], kind: str) -> int:
    serial: dict[str, int] = resources["serial"]
    serial[kind] += 1
    return serial[kind]


def own_number(resources: dict[str, Any], given: Any) -> dict[str, Any] | None:
    """The account's number `given` names: national form, or with its country code (`+` optional)."""
    if not isinstance(given, str):
        return None
    numbers: list[dict[str, Any]] = resources["numbers"]
    for number in numbers:
        if given in (number["national"], number["number"], number["number"].lstrip("+")):
            return number
    return None


def word(message: Message) -> str:
    if message.status == "failed":
        return "Failed" if message.outcome is Outcome.UNROUTABLE else "Undelivered"
    return _WORDS[message.status]


def remarks(message: Message) -> str:
    return _REMARKS.get(message.outcome, "") if message.status in ("failed", "expired") else ""
