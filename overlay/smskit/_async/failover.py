"""`smskit.async_failover`: several providers behind the common interface, tried in order, never twice for anyone.

A recipient goes to the next provider only when the previous one provably did not send it, for a reason about
that provider (`smskit._failover.may_go_elsewhere`); every result names the provider it is from. With `routes`,
numbers whose country calling code is listed try their own providers first (e.g. `{"+44": [uk_client]}`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Self

from smskit._async.common import AsyncSmsClient
from smskit._exceptions import APIError, InputError, UnsupportedOperation
from smskit._failover import may_go_elsewhere
from smskit._numbers import parse_number
from smskit._results import Balance, DeliveryState, RecipientResult, SendResults
from smskit.text import TextPreview, preview

__all__ = ["AsyncFailover", "async_failover"]


def _plan(
    client: object, recipients: list[str], text: str, sender: str | None, schedule_at: dt.datetime | None
) -> None:
    """The client's own local checks of a send (every smskit client has `plan`), raising InputError."""
    plan = getattr(client, "plan", None)
    if plan is not None:
        plan(recipients, text, sender, schedule_at)


class AsyncFailover:
    """Providers in order behind one `send()`: see the module."""

    provider = "failover"

    def __init__(self, clients: Sequence[AsyncSmsClient], routes: Mapping[str, Sequence[AsyncSmsClient]]) -> None:
        if not clients or not all(isinstance(c, AsyncSmsClient) for c in clients):
            raise InputError("clients", "type", "must be one or more smskit clients of the same kind (sync / async)")
        for code, routed in routes.items():
            if not (isinstance(code, str) and code.startswith("+") and code[1:].isdigit()) or not routed:
                raise InputError("routes", "country_code", f"{code!r}: a calling code such as '+44' to clients")
        self.clients, self.routes = tuple(clients), {code: tuple(c) for code, c in routes.items()}

    def _order(self, recipient: str) -> tuple[AsyncSmsClient, ...]:
        """The providers to try for `recipient`: its country's routes first, then the others in order."""
        try:
            code = parse_number(recipient).country_code
        except InputError:
            return self.clients
        first = self.routes.get(code, ())
        return (*first, *(c for c in self.clients if c not in first))

    async def send(
        self,
        to: str | Iterable[str],
        text: str,
        sender: str | None = None,
        schedule_at: dt.datetime | None = None,
        *,
        max_wait: float | None = None,
        idempotency_key: str | None = None,
    ) -> SendResults:
        """Send through the first provider that can take each recipient; one result per recipient, in order.

        Raises InputError before any request when a recipient's first provider refuses the send locally (the
        text, the sender, the time); after that every recipient has a result, from the provider that took it
        or from the last one that could not (a later provider's local refusal included). `max_wait` bounds
        each provider's waits before a retry, as for a client's `send`. A failover keeps no journal: an
        `idempotency_key` is refused (give each client its own journal and key instead)."""
        if idempotency_key is not None:
            raise UnsupportedOperation("a failover keeps no journal: send with each client's own journal and key")
        recipients = [to] if isinstance(to, str) else list(to)
        results: list[RecipientResult | None] = [None] * len(recipients)
        tried = [0] * len(recipients)  # providers tried, per recipient
        pending = list(range(len(recipients)))
        first = True
        while pending:
            groups: dict[int, tuple[AsyncSmsClient, list[int]]] = {}
            for index in pending:
                client = self._order(recipients[index])[tried[index]]
                groups.setdefault(id(client), (client, []))[1].append(index)
            if first:  # every check that can be made locally, before anyone is sent anything
                for client, indexes in groups.values():
                    _plan(client, [recipients[i] for i in indexes], text, sender, schedule_at)
                first = False
            pending = []
            for client, indexes in groups.values():
                got = await self._one(client, [recipients[i] for i in indexes], text, sender, schedule_at, max_wait)
                for index, result in zip(indexes, got, strict=True):
                    results[index], tried[index] = result, tried[index] + 1
                    if may_go_elsewhere(result) and tried[index] < len(self._order(recipients[index])):
                        pending.append(index)
        return SendResults(r for r in results if r is not None)

    @staticmethod
    async def _one(client: AsyncSmsClient, recipients: list[str], text: str, sender: str | None,
                   schedule_at: dt.datetime | None, max_wait: float | None) -> list[RecipientResult]:  # fmt: skip
        """`client`'s results for `recipients`, whatever it raises: nothing it raises means anyone was sent."""
        try:
            return list(await client.send(recipients, text, sender, schedule_at, max_wait=max_wait))
        except APIError as refused:  # an account-level refusal: nothing was sent, every result attached
            if refused.results is None:
                raise
            return list(refused.results)
        except (InputError, UnsupportedOperation) as refused:  # this provider's own rules: nobody was sent
            return [RecipientResult(r, "rejected", error=refused, provider=client.provider) for r in recipients]

    async def status(self, of: RecipientResult | str, recipient: str | None = None) -> DeliveryState:
        """What became of a message, asked of the provider that took it (`of` a result of this failover's send)."""
        if not isinstance(of, RecipientResult) or of.provider is None:
            raise InputError("result", "provider", "pass a result of this failover's send (it names its provider)")
        client = next((c for c in self._all() if c.provider == of.provider), None)
        if client is None:
            raise InputError("result", "provider", f"{of.provider} is none of this failover's providers")
        return await client.status(of, recipient)

    def _all(self) -> list[AsyncSmsClient]:
        return list({id(c): c for c in (*self.clients, *(c for cs in self.routes.values() for c in cs))}.values())

    async def balance(self) -> Balance:
        """A failover has no one balance: ask each client."""
        raise UnsupportedOperation("a failover has no one balance: ask each of its clients")

    def preview(self, text: str) -> TextPreview:
        """How `text` travels (the same for every provider: GSM 03.38)."""
        return preview(text)

    async def aclose(self) -> None:
        """Close every client."""
        for client in self._all():
            await client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()


def async_failover(
    clients: Sequence[AsyncSmsClient], *, routes: Mapping[str, Sequence[AsyncSmsClient]] | None = None
) -> AsyncFailover:
    """Several async clients as one: each recipient goes to the first that can take it (see the module)."""
    return AsyncFailover(clients, routes or {})
