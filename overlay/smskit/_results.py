"""What a send returns: one result per recipient, in the caller's order (`SendResults`, a list)."""

from __future__ import annotations

import datetime as dt
from typing import Literal, NamedTuple

import attrs

from smskit._exceptions import SendError, SmsKitError

__all__ = ["Balance", "DeliveryState", "RecipientResult", "SendResults"]

Status = Literal["accepted", "rejected", "unknown"]


class RecipientResult(NamedTuple):
    """The fate of one recipient of a send (immutable; a NamedTuple, as one is built per recipient).

    - `accepted`: the provider took the message; `message_id` identifies it.
    - `rejected`: it was not sent; `error` says why (a typed smskit error).
    - `unknown`: the provider may or may not have taken it (a timeout or dropped answer): smskit did not
      re-send it. `error` says what happened and `reference`, where the provider takes one, lets you check.
    """

    recipient: str  # as the caller gave it
    status: Status
    number: str | None = None  # E.164, when it parsed
    message_id: str | None = None
    error: SmsKitError | None = None
    reference: str | None = None
    provider: str | None = None  # the provider this result is from (with `smskit.failover`: the one that took it)
    # what `message_id` names: "recipient" (this recipient's message) or "batch" (one id the request's recipients
    # share: TransmitSMS's message, Mobyt's order); None without an id
    id_scope: Literal["recipient", "batch"] | None = None
    parts: int | None = None  # the parts (billed messages) the text takes, for a recipient it may have reached
    cost: float | None = None  # what the provider charged for this recipient, where its answer says (EzzySMS)

    @property
    def accepted(self) -> bool:
        """Whether the provider took it."""
        return self.status == "accepted"


class SendResults(list[RecipientResult]):
    """A send's results: a list of one `RecipientResult` per recipient, in the caller's order, with views."""

    @property
    def accepted(self) -> list[RecipientResult]:
        """The recipients the provider took."""
        return [r for r in self if r.status == "accepted"]

    @property
    def rejected(self) -> list[RecipientResult]:
        """The recipients that were not sent (each `error` says why): safe to send again once fixed."""
        return [r for r in self if r.status == "rejected"]

    @property
    def unknown(self) -> list[RecipientResult]:
        """The recipients that may or may not have been sent: check (`reference`) before sending again."""
        return [r for r in self if r.status == "unknown"]

    def raise_for_errors(self) -> None:
        """Raise `SendError` (these results attached) unless every recipient was accepted."""
        failed = len(self) - len(self.accepted)
        if failed:
            raise SendError(f"{failed} of {len(self)} recipients were not accepted", results=self)


@attrs.frozen
class DeliveryState:
    """What a provider's status read says of one message to one recipient (`client.status()`).

    `status` is the provider's word (`provider_status`) read as the delivery reports' are (its spec's
    `x-smskit-callback` statuses); a word the spec does not list is `unknown`, never guessed. `at` is the
    provider's own time of that state, in UTC, where the answer gives one."""

    provider: str
    message_id: str
    recipient: str | None  # E.164, where the read names it
    status: Literal["delivered", "failed", "expired", "pending", "unknown"]
    provider_status: str
    at: dt.datetime | None = None


@attrs.frozen
class Balance:
    """An account's balance as the provider states it (credits or money)."""

    amount: float
    currency: str | None = None  # None: the provider counts credits / messages
