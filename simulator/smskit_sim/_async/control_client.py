"""`AsyncSimControl`: the simulator's control API (`/_sim/`, control.yaml) as typed calls.

The same class speaks to a simulator over HTTP (`AsyncSimControl("http://127.0.0.1:8787")`, one started by
`smskit-sim` or in a container) and in-process (`AsyncSimControl.in_process()`, no socket); only the transport
differs. Answers come back as the generated `smskit_specs.sim_models` classes. A refusal raises
`SimControlError` with the simulator's message, which names the field and the rule; a fault's operation is
checked against the provider's spec before anything is sent.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Unpack

import httpx

from smskit_sim.control_errors import SimControlError, check_operation
from smskit_sim.inprocess import AsyncSimulatorTransport
from smskit_specs import ProviderId
from smskit_specs.sim_models import (
    Account,
    AccountUpdate,
    Callback,
    Fault,
    FaultFields,
    FaultKind,
    InboundMessage,
    Message,
    MessageStatus,
)

__all__ = ["AsyncSimControl"]

DEFAULT_URL = "http://127.0.0.1:8787"  # where `smskit-sim` listens by default, and the specs' simulator server


class AsyncSimControl:
    """The control API of one simulator. `url` is its root (not a provider's base URL)."""

    def __init__(self, url: str = DEFAULT_URL, *, transport: httpx.AsyncBaseTransport | None = None,
                 timeout: float = 10.0) -> None:  # fmt: skip
        self.url = url.rstrip("/")
        self._http = httpx.AsyncClient(base_url=self.url, transport=transport, timeout=timeout)

    @classmethod
    def in_process(cls, app: Any = None, *, clock_start: dt.datetime | str | None = None) -> AsyncSimControl:
        """A simulator in this process (`app`, or a new `create_app(clock_start=...)`), reached with no socket."""
        if app is None:
            from smskit_sim.app import create_app

            app = create_app(clock_start=clock_start)
        return cls(DEFAULT_URL, transport=AsyncSimulatorTransport(app))

    async def __aenter__(self) -> AsyncSimControl:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    def base_url(self, provider: ProviderId) -> str:
        """Where a client of `provider` points: this simulator's root, then the provider's path (its spec's server)."""
        from smskit_sim.spec import behaviour

        server = next(url for url in behaviour(provider).servers if url.startswith(DEFAULT_URL))
        return self.url + server.removeprefix(DEFAULT_URL)

    async def _call(self, method: str, path: str, *, json: Any = None, params: dict[str, Any] | None = None) -> Any:
        answer = await self._http.request(method, f"/_sim{path}", json=json, params=_present(params or {}))
        if answer.is_error:
            raise SimControlError(answer.status_code, _error_of(answer))
        return answer.json()

    async def reset(self, *, clock: dt.datetime | str | None = None) -> list[Account]:
        """Forget all state; the demo accounts are seeded again (returned). `clock`: start the clock there."""
        body = None if clock is None else {"clock": _instant(clock)}
        found = await self._call("POST", "/reset", json=body)
        return [Account.from_json(a) for a in found["accounts"]]

    async def accounts(self, provider: ProviderId | None = None) -> list[Account]:
        found = await self._call("GET", "/accounts", params={"provider": provider})
        return [Account.from_json(a) for a in found["accounts"]]

    async def demo_account(self, provider: ProviderId) -> Account:
        """`provider`'s demo account: the first one seeded, which `base_url` clients use by default."""
        return (await self.accounts(provider))[0]

    async def create_account(self, provider: ProviderId, *, credentials: dict[str, Any] | None = None,
                             **settings: Unpack[AccountUpdate]) -> Account:  # fmt: skip
        """A new account with minted credentials, or with the `credentials` given (in the provider's shape)."""
        body: dict[str, Any] = {"provider": provider, **settings}
        if credentials is not None:
            body["credentials"] = credentials
        return Account.from_json(await self._call("POST", "/accounts", json=body))

    async def update_account(self, account_id: str, **changes: Unpack[AccountUpdate]) -> Account:
        return Account.from_json(await self._call("PATCH", f"/accounts/{account_id}", json=dict(changes)))

    async def messages(self, provider: ProviderId | None = None, *, recipient: str | None = None,
                       status: MessageStatus | None = None) -> list[Message]:  # fmt: skip
        """Every accepted message, oldest first; only `provider`'s, `recipient`'s (`+` and separators ignored)
        or those in `status`, when given."""
        params = {"provider": provider, "recipient": recipient, "status": status}
        found = await self._call("GET", "/messages", params=params)
        return [Message.from_json(m) for m in found["messages"]]

    async def now(self) -> dt.datetime:
        """The virtual clock's time."""
        return dt.datetime.fromisoformat((await self._call("GET", "/clock"))["now"])

    async def advance(self, seconds: float) -> list[Message]:
        """Move the virtual clock by `seconds`; answers the messages that reached a final state."""
        moved = await self._call("POST", "/clock", json={"advance": seconds})
        return [Message.from_json(m) for m in moved["finished"]]

    async def set_clock(self, to: dt.datetime | str) -> list[Message]:
        """Move the virtual clock forward to `to` (an aware datetime or ISO 8601 with a zone)."""
        moved = await self._call("POST", "/clock", json={"to": _instant(to)})
        return [Message.from_json(m) for m in moved["finished"]]

    async def add_fault(self, kind: FaultKind, *, provider: ProviderId | None = None, operation: str | None = None,
                        **fields: Unpack[FaultFields]) -> Fault:  # fmt: skip
        """A fault on `provider`'s `operation` (an operationId of its spec; any provider's / every operation
        when left out). `ValueError` naming the valid operations before anything is sent, for an unknown one."""
        check_operation(provider, operation)
        body = _present({"kind": kind, "provider": provider, "operation": operation, **fields})
        added = await self._call("POST", "/faults", json=body)
        return Fault.from_json(added["faults"][0])

    async def faults(self) -> list[Fault]:
        return [Fault.from_json(f) for f in (await self._call("GET", "/faults"))["faults"]]

    async def clear_faults(self, provider: ProviderId | None = None) -> None:
        """Clear every fault, or only `provider`'s."""
        await self._call("DELETE", "/faults", params={"provider": provider})

    async def inject_inbound(
        self,
        provider: ProviderId,
        *,
        sender: str,
        to: str,
        text: str,
        account_id: str | None = None,
        reply_to: str | int | None = None,
    ) -> dict[str, Any]:
        """An SMS from `sender` to the account's number `to` (the provider's demo account by default); answers
        what the provider recorded, in its own fields. Its inbound webhook, where the account has one, follows."""
        body = {"provider": provider, "from": sender, "to": to, "text": text, "account_id": account_id}
        recorded: dict[str, Any] = await self._call("POST", "/inbound", json=_present({**body, "reply_to": reply_to}))
        return recorded

    async def inbound(self, provider: ProviderId | None = None) -> list[InboundMessage]:
        """Every inbound SMS a provider took through `inject_inbound`, oldest first (only `provider`'s, when
        given): who sent it to which number, when (virtual time), and what the provider recorded. A refused one
        is not listed."""
        found = await self._call("GET", "/inbound", params={"provider": provider})
        return [InboundMessage.from_json(i) for i in found["inbound"]]

    async def callbacks(self, provider: ProviderId | None = None) -> list[Callback]:
        """Every callback attempt the simulator made (delivery reports, inbound SMS), oldest first."""
        found = await self._call("GET", "/callbacks", params={"provider": provider})
        return [Callback.from_json(c) for c in found["callbacks"]]


def _present(body: dict[str, Any]) -> dict[str, Any]:
    """`body` without its None values: a field left out, which the simulator defaults."""
    return {key: value for key, value in body.items() if value is not None}


def _instant(value: dt.datetime | str) -> str:
    return value.isoformat() if isinstance(value, dt.datetime) else value


def _error_of(answer: httpx.Response) -> str:
    try:
        return str(answer.json()["error"])
    except (ValueError, KeyError, TypeError):
        return answer.text[:300]
