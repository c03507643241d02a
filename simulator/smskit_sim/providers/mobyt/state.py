"""Mobyt account state, in `account.resources`: orders and the order_ids naming them, the blacklist, and the
log of recent sends the 24-hour anti-spam limits count."""

from __future__ import annotations

from typing import Any

from smskit_sim.numbers import digits_of
from smskit_sim.store import Account, Message

__all__ = ["DAY_SECONDS", "Order", "add_to_blacklist", "anti_spam", "forget", "order_ids", "order_of", "orders"]

DAY_SECONDS = 86400.0


class Order:
    """One send request: its recipients' messages and what GET /sms/{order_id} and /smshistory show of it."""

    __slots__ = ("created_at", "demo", "internal_id", "message_ids", "message_type", "order_id", "refused",
                 "scheduled_at", "sender")  # fmt: skip

    def __init__(self, order_id: str, internal_id: str, message_type: str, sender: str | None, created_at: float,
                 scheduled_at: float | None, demo: bool) -> None:  # fmt: skip
        self.order_id, self.internal_id, self.message_type, self.sender = order_id, internal_id, message_type, sender
        self.created_at, self.scheduled_at, self.demo = created_at, scheduled_at, demo
        self.message_ids: list[str] = []
        self.refused: dict[str, str] = {}  # message id -> the status it was refused with at submission


def orders(account: Account) -> dict[str, Order]:
    """The account's orders by internal order id (unique), in the order they were placed."""
    found: dict[str, Order] = account.resources.setdefault("orders", {})
    return found


def order_ids(account: Account) -> dict[str, list[str]]:
    """order_id -> internal ids of the orders placed with it, oldest first (an order_id may be reused)."""
    index: dict[str, list[str]] = account.resources.setdefault("order_ids", {})
    return index


def order_of(account: Account, message: Message) -> Order | None:
    placed = orders(account)
    for internal_id in reversed(order_ids(account).get(message.group or "", [])):
        if message.id in placed[internal_id].message_ids:
            return placed[internal_id]
    return None


def forget(account: Account, order: Order) -> None:
    del orders(account)[order.internal_id]
    placed = order_ids(account)[order.order_id]
    placed.remove(order.internal_id)
    if not placed:
        del order_ids(account)[order.order_id]


def add_to_blacklist(account: Account, numbers: list[str], origin: str, now: float) -> int:
    """Add numbers to the account's blacklist; how many were not in it yet."""
    blacklist: dict[str, dict[str, Any]] = account.resources.setdefault("blacklist", {})
    added = 0
    for number in numbers:
        digits = digits_of(number)
        if digits not in blacklist:
            blacklist[digits] = {"phoneNumber": "+" + digits, "added": now, "origin": origin}
            added += 1
    return added


def anti_spam(account: Account, now: float) -> tuple[int | None, int | None, dict[str, int]]:
    """The 24-hour limits (None: off) and the messages sent per number in the last 24 hours."""
    log: list[tuple[float, str]] = account.resources.setdefault("sent_log", [])
    since = now - DAY_SECONDS
    fresh = next((i for i, (at, _) in enumerate(log) if at > since), len(log))
    del log[:fresh]
    limits = [account.settings.get(k) for k in ("max_sms_per_user_24h", "max_sms_per_number_24h")]
    per_user, per_number = (v if isinstance(v, int) and not isinstance(v, bool) else None for v in limits)
    counts: dict[str, int] = {}
    if per_user is not None or per_number is not None:
        for _, digits in log:
            counts[digits] = counts.get(digits, 0) + 1
    return per_user, per_number, counts
