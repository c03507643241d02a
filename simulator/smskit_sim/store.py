"""The simulator's state: accounts, messages and their lifecycle on the virtual clock, and the inbound SMS taken.

A message moves scheduled -> queued -> sent -> delivered | failed | expired (or cancelled while scheduled).
Transitions are events keyed by virtual time: a heap of the distinct times due, each with its messages in the
order they were scheduled (a send's messages share one time, so each costs a list slot, not an event of its
own); advancing the clock applies the due ones in order and returns the messages that reached a final state,
so providers can send their delivery reports.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import heapq
import itertools
import os
from collections.abc import Iterator
from typing import Any

from smskit_sim.clock import VirtualClock
from smskit_sim.numbers import Outcome

__all__ = ["Account", "Message", "Store"]

# Virtual seconds from submission to the operator, and from the operator to the delivery report.
QUEUE_SECONDS = 1.0
REPORT_SECONDS = 5.0


class Account:
    """One customer of one provider: credentials, balance and provider-specific resources."""

    __slots__ = (
        "active",
        "balance",
        "credentials",
        "id",
        "provider",
        "rate_limit_scale",
        "resources",
        "settings",
        "webhook_url",
    )

    def __init__(self, id: str, provider: str, credentials: dict[str, Any], balance: float) -> None:
        self.id, self.provider, self.credentials, self.balance = id, provider, credentials, balance
        self.active = True
        self.rate_limit_scale = 1.0  # 0 switches the documented limits off, 2 doubles them
        self.webhook_url: str | None = None  # an account-wide delivery-report URL, where the provider has one
        self.resources: dict[str, Any] = {}  # lists, numbers, keywords, sessions... owned by the provider module
        self.settings: dict[str, Any] = {}  # provider-specific switches set through the control API

    def public(self) -> dict[str, Any]:
        return {
            "provider": self.provider,
            "account_id": self.id,
            "credentials": self.credentials,
            "balance": self.balance,
            "rate_limit_scale": self.rate_limit_scale,
            "active": self.active,
            "webhook_url": self.webhook_url,
            "settings": self.settings,
        }


class Message:
    """One message to one recipient. Slots keep 100,000 of them small."""

    __slots__ = (
        "account_id",
        "cost",
        "created_at",
        "dlr_url",
        "encoding",
        "final_at",
        "group",
        "id",
        "outcome",
        "provider",
        "recipient",
        "reply_url",
        "scheduled_at",
        "segments",
        "sender",
        "sent_at",
        "status",
        "text",
    )

    def __init__(
        self,
        *,
        id: str,
        provider: str,
        account_id: str,
        recipient: str,
        sender: str | None,
        text: str,
        encoding: str,
        segments: int,
        outcome: Outcome,
        created_at: float,
        scheduled_at: float | None = None,
        group: str | None = None,
        cost: float = 0.0,
        dlr_url: str | None = None,
        reply_url: str | None = None,
    ) -> None:
        self.id, self.provider, self.account_id = id, provider, account_id
        self.recipient, self.sender, self.text = recipient, sender, text
        self.encoding, self.segments, self.outcome, self.cost = encoding, segments, outcome, cost
        self.created_at, self.scheduled_at = created_at, scheduled_at
        self.sent_at: float | None = None
        self.final_at: float | None = None
        self.group = group  # the provider's id for the request that sent it (order id, message id)
        self.dlr_url, self.reply_url = dlr_url, reply_url
        self.status = "scheduled" if scheduled_at is not None and scheduled_at > created_at else "queued"

    @property
    def final(self) -> bool:
        return self.status in ("delivered", "failed", "expired", "cancelled")


class Store:
    """Every account and message of every provider, the inbound SMS injected, and the clock they live on."""

    def __init__(self, clock_start: dt.datetime | None = None) -> None:
        self.clock = VirtualClock(clock_start)  # None: the real time now
        self.accounts: dict[str, Account] = {}
        self.messages: dict[str, Message] = {}
        self.inbound: list[dict[str, Any]] = []  # every inbound SMS a provider took (POST /_sim/inbound), in order
        self._due: list[float] = []  # a heap of the distinct virtual times at which some message moves
        self._moving: dict[float, list[str]] = {}  # the ids of the messages moving at each, in scheduling order
        # One copy of each sender and cost, however many messages carry it (they repeat across requests).
        self._senders: dict[str, str] = {}
        self._costs: dict[float, float] = {}
        self._account_ids = itertools.count(1)
        self._opaque_ids = itertools.count(1)

    # accounts -------------------------------------------------------------------------------------------------
    def add_account(self, provider: str, credentials: dict[str, Any], balance: float) -> Account:
        account = Account(f"{provider}-{next(self._account_ids)}", provider, credentials, balance)
        self.accounts[account.id] = account
        return account

    def accounts_of(self, provider: str) -> Iterator[Account]:
        return (a for a in self.accounts.values() if a.provider == provider)

    # messages -------------------------------------------------------------------------------------------------
    @staticmethod
    def new_id() -> str:
        """A random (version 4) UUID, as `str(uuid.uuid4())` writes it, without building a UUID object."""
        raw = bytearray(os.urandom(16))
        raw[6] = raw[6] & 0x0F | 0x40  # version 4
        raw[8] = raw[8] & 0x3F | 0x80  # RFC 4122 variant
        h = raw.hex()
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def opaque_id(self, kind: str) -> str:
        """24 hex digits that look random but repeat after a reset: the same requests then give the same ids,
        so a test or a conformance failure reproduces from a reset simulator."""
        return hashlib.sha256(f"{kind}:{next(self._opaque_ids)}".encode()).hexdigest()[:24]

    def add_message(self, message: Message) -> Message:
        if message.sender is not None:
            message.sender = self._senders.setdefault(message.sender, message.sender)
        message.cost = self._costs.setdefault(message.cost, message.cost)
        self.messages[message.id] = message
        due = message.scheduled_at if message.status == "scheduled" else message.created_at
        assert due is not None
        self._schedule(due + QUEUE_SECONDS, message.id)
        return message

    def _schedule(self, due: float, message_id: str) -> None:
        moving = self._moving.get(due)
        if moving is None:
            self._moving[due] = moving = []
            heapq.heappush(self._due, due)
        moving.append(message_id)

    def cancel(self, message: Message) -> bool:
        """Cancel a message that is still scheduled; False once it has left."""
        if message.status != "scheduled":
            return False
        message.status, message.final_at = "cancelled", self.clock.now()
        return True

    def advance(self, seconds: float) -> list[Message]:
        """Move the clock and every message with it; return the messages that reached a final state."""
        now = self.clock.advance(seconds)
        finished = []
        while self._due and self._due[0] <= now:
            due = heapq.heappop(self._due)
            # What moves now schedules its next step REPORT_SECONDS later: never into this list, being walked.
            for message_id in self._moving.pop(due):
                message = self.messages.get(message_id)
                if message is None or message.final:
                    continue
                if message.status in ("scheduled", "queued"):
                    message.status, message.sent_at = "sent", due
                    if message.outcome.final_status != "sent":
                        self._schedule(due + REPORT_SECONDS, message.id)
                elif message.status == "sent":
                    message.status, message.final_at = message.outcome.final_status, due
                    finished.append(message)
        return finished

    # inbound --------------------------------------------------------------------------------------------------
    def add_inbound(self, account: Account, event: dict[str, Any], recorded: dict[str, Any], at: float) -> None:
        """An inbound SMS its provider took at virtual time `at` (`event`: the control API's `Inbound` body),
        with what the provider recorded: what `GET /_sim/inbound` lists (`InboundMessage`)."""
        self.inbound.append({
            "provider": account.provider,
            "account_id": account.id,
            "from": event["from"],
            "to": event["to"],
            "text": event["text"],
            "reply_to": event.get("reply_to"),
            "received_at": self.clock.iso(at),
            "recorded": recorded,
        })  # fmt: skip

    def public(self, message: Message) -> dict[str, Any]:
        iso = self._iso
        return {
            "id": message.id,
            "provider": message.provider,
            "account_id": message.account_id,
            "group": message.group,
            "recipient": message.recipient,
            "sender": message.sender,
            "text": message.text,
            "encoding": message.encoding,
            "segments": message.segments,
            "cost": message.cost,
            "status": message.status,
            "created_at": iso(message.created_at),
            "scheduled_at": iso(message.scheduled_at),
            "sent_at": iso(message.sent_at),
            "final_at": iso(message.final_at),
        }

    def _iso(self, at: float | None) -> str | None:
        return None if at is None else self.clock.iso(at)
