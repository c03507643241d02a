"""`Simulator`: the state behind one app (its `Context`), the five providers acting on it, the demo accounts."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx

from smskit_sim import credentials
from smskit_sim.callbacks import Callbacks
from smskit_sim.clock import parse_start
from smskit_sim.context import Context
from smskit_sim.faults import Faults
from smskit_sim.providers.base import Provider
from smskit_sim.providers.easify import Easify
from smskit_sim.providers.easysendsms import EasySendSMS
from smskit_sim.providers.ezzysms import EzzySMS
from smskit_sim.providers.mobyt import Mobyt
from smskit_sim.providers.transmitsms import TransmitSMS
from smskit_sim.store import Account, Store

__all__ = ["DEMO_BALANCE", "PROVIDER_CLASSES", "Simulator"]

DEMO_BALANCE = 1000.0
PROVIDER_CLASSES: tuple[type[Provider], ...] = (EasySendSMS, EzzySMS, Easify, TransmitSMS, Mobyt)


class Simulator:
    """The providers and the context they share; the control API acts on it."""

    def __init__(
        self,
        callback_transport: httpx.AsyncBaseTransport | None = None,
        seed: int = 0,
        clock_start: dt.datetime | str | None = None,
    ) -> None:
        """`clock_start`: where the virtual clock starts, now and at every reset (an aware datetime or ISO 8601
        text); None, the default: at the real time (UTC) of each start and reset."""
        start = None if clock_start is None else parse_start(clock_start)
        self.context = Context(Callbacks(callback_transport), seed, start)
        self.providers: dict[str, Provider] = {cls.id: cls(self.context) for cls in PROVIDER_CLASSES}
        self._serial = 0
        self.reset()

    @property
    def store(self) -> Store:
        return self.context.store

    @property
    def faults(self) -> Faults:
        return self.context.faults

    @property
    def callbacks(self) -> Callbacks:
        return self.context.callbacks

    def reset(self, clock_start: dt.datetime | None = None) -> None:
        """Forget everything; the clock starts at `clock_start` (this reset only), else where the simulator was
        told to start it, else at the real time now."""
        self.context.reset(clock_start)
        self.demo = {pid: self.store.add_account(pid, p.demo_credentials(), DEMO_BALANCE)
                     for pid, p in self.providers.items()}  # fmt: skip

    def create_account(
        self, provider_id: str, balance: float = DEMO_BALANCE, chosen: dict[str, Any] | None = None
    ) -> Account:
        """A new account with minted credentials, or with the caller's `chosen` ones (any left out minted):
        `credentials.CredentialError` when one breaks the provider's shape or is taken."""
        provider = self.providers[provider_id]
        taken = [a.credentials for a in self.store.accounts_of(provider_id)]
        given = {} if chosen is None else credentials.check(provider_id, chosen, taken)
        while True:  # a minted value never collides with a chosen one
            self._serial += 1
            minted = provider.new_credentials(self._serial)
            if not credentials.clashes(provider_id, {**minted, **given}, taken) or given.keys() >= minted.keys():
                break
        return self.store.add_account(provider_id, {**minted, **given}, balance)

    def now(self) -> str:
        return self.store.clock.iso()

    async def advance(self, seconds: float) -> list[dict[str, Any]]:
        finished = self.store.advance(seconds)
        for message in finished:
            await self.providers[message.provider].report(message)
        await self.callbacks.send_due(self.store.clock.now())
        return [self.store.public(m) for m in finished]
