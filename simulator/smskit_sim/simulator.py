"""`Simulator`: the state behind one app (its `Context`), the five providers acting on it, the demo accounts."""

from __future__ import annotations

from typing import Any

import httpx

from smskit_sim.callbacks import Callbacks
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

    def __init__(self, callback_transport: httpx.AsyncBaseTransport | None = None, seed: int = 0) -> None:
        self.context = Context(Callbacks(callback_transport), seed)
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

    def reset(self) -> None:
        self.context.reset()
        self.demo = {pid: self.store.add_account(pid, p.demo_credentials(), DEMO_BALANCE)
                     for pid, p in self.providers.items()}  # fmt: skip

    def create_account(self, provider_id: str, balance: float = DEMO_BALANCE) -> Account:
        provider = self.providers[provider_id]
        self._serial += 1
        return self.store.add_account(provider_id, provider.new_credentials(self._serial), balance)

    def now(self) -> str:
        return self.store.clock.datetime().isoformat().replace("+00:00", "Z")

    async def advance(self, seconds: float) -> list[dict[str, Any]]:
        finished = self.store.advance(seconds)
        for message in finished:
            await self.providers[message.provider].report(message)
        await self.callbacks.send_due(self.store.clock.now())
        return [self.store.public(m) for m in finished]
