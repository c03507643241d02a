"""What a send returns: one result per recipient, in the caller's order."""

from __future__ import annotations

from typing import Literal, NamedTuple

import attrs

from smskit._exceptions import SmsKitError

__all__ = ["Balance", "RecipientResult"]

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

    @property
    def accepted(self) -> bool:
        return self.status == "accepted"


@attrs.frozen
class Balance:
    """An account's balance as the provider states it (credits or money)."""

    amount: float
    currency: str | None = None  # None: the provider counts credits / messages
