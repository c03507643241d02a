"""The README's common-interface example (the first ```python block under "Sending SMS") runs unchanged against
all five providers on the real simulator, only its client line differing.

The block is read from README.md at test time. Its one `smskit.client(...)` call is replaced by the provider's:
the demo account's credentials, the simulator's base URL and an in-process transport, every other option the
README's call passes kept as written (but a `default_sender=` on Easify, whose sender is its `from_number`). The
rest is executed as it stands, and what it printed is checked against what the simulator stored:

- one line per recipient, in the README's order, each starting with that recipient and saying `accepted` (the
  example's numbers must be numbers every provider serves: Easify serves only +1, +972 and +44);
- the simulator stored each recipient exactly once;
- the balance line, where the provider has a balance call, is the account's balance after the send; where it has
  none (Easify), the example must not fail and prints no balance.
"""

from __future__ import annotations

import ast
import contextlib
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import smskit
from smskit_sim import create_app
from smskit_sim.clock import FIXED_START
from smskit_sim.inprocess import SimulatorTransport
from tests.overlay.demo import PROVIDERS

README = Path(__file__).resolve().parent.parent / "README.md"
SIM = "http://127.0.0.1:8787"  # loopback: plain http is allowed, and the in-process transport opens no socket
# What the client line says per provider, replaced by the test: the credentials (the demo accounts' names) and
# where the client goes. A `default_sender=` is kept, but where the sender is the account's own number (Easify's
# `from_number`, among its credentials here): there the number is the sender.
REPLACED = frozenset(name for credentials, *_ in PROVIDERS.values() for name in credentials) | {"base_url", "transport"}

# Providers the README's example does not yet run on unchanged, and why (strict xfail: remove once it does).
NOT_YET: dict[str, str] = {}


def readme_example() -> str:
    """The first ```python block of the README's "Sending SMS" section."""
    section = re.search(r"^## Sending SMS\n(.*?)(?=^## |\Z)", README.read_text(encoding="utf-8"), re.M | re.S)
    assert section, 'README.md has no "## Sending SMS" section'
    block = re.search(r"^```python\n(.*?)^```", section.group(1), re.M | re.S)
    assert block, 'README.md\'s "Sending SMS" has no ```python block'
    return block.group(1)


def _client_call(tree: ast.Module) -> ast.Call:
    calls = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "client"
        and isinstance(node.func.value, ast.Name)
        and node.func.value.id == "smskit"
    ]
    assert len(calls) == 1, f"the example should make one client with smskit.client(...), it makes {len(calls)}"
    return calls[0]


def for_provider(code: str, provider: str) -> str:
    """`code` with its one `smskit.client(...)` call (only the call's own text) made for `provider` on the
    simulator: `_CREDENTIALS`, `_BASE_URL` and `_TRANSPORT` to be bound where it runs. The call's other options
    are kept as the README wrote them, but `default_sender=` where the sender is the account's `from_number`."""
    call = _client_call(ast.parse(code))
    replaced = REPLACED | ({"default_sender"} if "from_number" in PROVIDERS[provider][0] else set())
    kept = [ast.get_source_segment(code, k) for k in call.keywords if k.arg is not None and k.arg not in replaced]
    new = [repr(provider), "**_CREDENTIALS", "base_url=_BASE_URL", "transport=_TRANSPORT", *map(str, kept)]
    lines = code.encode().splitlines(keepends=True)  # ast's column offsets count UTF-8 bytes
    assert call.end_lineno is not None and call.end_col_offset is not None
    start = sum(map(len, lines[: call.lineno - 1])) + call.col_offset
    end = sum(map(len, lines[: call.end_lineno - 1])) + call.end_col_offset
    made = f"smskit.client({', '.join(new)})".encode()
    return (b"".join(lines)[:start] + made + b"".join(lines)[end:]).decode()


def _recipients(code: str) -> list[str]:
    """The recipients of the example's `.send(...)`: a literal str or list of str."""
    sends = [
        node
        for node in ast.walk(ast.parse(code))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "send"
    ]
    assert len(sends) == 1 and sends[0].args, "the example should call send() once, recipients first"
    recipients = ast.literal_eval(sends[0].args[0])
    return [recipients] if isinstance(recipients, str) else list(recipients)


def _digits(number: str) -> str:
    """An international number as the simulator stores it: digits alone, no `+` or `00`."""
    digits = re.sub(r"[^\d+]", "", number)
    return digits[1:] if digits.startswith("+") else digits[2:] if digits.startswith("00") else digits


class _Kept(httpx.BaseTransport):
    """The simulator's transport for one client: closing the client (which closes its transport) keeps it open
    for the next one."""

    def __init__(self, transport: httpx.BaseTransport) -> None:
        self._transport = transport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._transport.handle_request(request)

    def close(self) -> None:
        pass


@pytest.fixture
def transport() -> Iterator[SimulatorTransport]:
    """The simulator in-process, its clock at the fixed 2026-01-01 12:00 UTC (Easify keeps opening hours)."""
    bridge = SimulatorTransport(create_app(clock_start=FIXED_START))
    yield bridge
    bridge.close()


def run_example(code: str, provider: str, transport: SimulatorTransport) -> tuple[list[str], dict[str, Any]]:
    """Run `code` (the example) for `provider` on the simulator: what it printed, line by line, and its names."""
    credentials, base_path, *_ = PROVIDERS[provider]
    namespace: dict[str, Any] = {
        "__name__": "__readme__",
        "_CREDENTIALS": credentials,
        "_BASE_URL": SIM + base_path,
        "_TRANSPORT": _Kept(transport),
    }
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            exec(compile(for_provider(code, provider), "README.md (Sending SMS)", "exec"), namespace)
    finally:
        for value in namespace.values():
            if isinstance(value, smskit.SmsClient):
                value.close()
    return printed.getvalue().splitlines(), namespace


def _params() -> list[Any]:
    return [
        pytest.param(p, marks=pytest.mark.xfail(reason=NOT_YET[p], strict=True)) if p in NOT_YET else p
        for p in PROVIDERS
    ]


def check_example(code: str, provider: str, transport: SimulatorTransport) -> None:
    """Run the example `code` for `provider` and check what it printed against what the simulator holds."""
    recipients = _recipients(code)
    lines, _ = run_example(code, provider, transport)

    assert len(lines) >= len(recipients), lines
    for recipient, line in zip(recipients, lines, strict=False):  # one line per recipient, in order, accepted
        assert line.startswith(f"{recipient} "), (recipient, lines)
        assert line[len(recipient) :].split()[0] == "accepted", (provider, line)

    with httpx.Client(transport=_Kept(transport), base_url=SIM) as control:
        stored = control.get("/_sim/messages", params={"provider": provider}).json()["messages"]
        (account,) = control.get("/_sim/accounts", params={"provider": provider}).json()["accounts"]
    assert sorted(_digits(m["recipient"]) for m in stored) == sorted(map(_digits, recipients)), stored  # each once

    credentials, base_path, *_ = PROVIDERS[provider]
    with smskit.client(provider, **credentials, base_url=SIM + base_path, transport=_Kept(transport)) as sms:
        try:
            balance: smskit.Balance | None = sms.balance()
        except smskit.UnsupportedOperation:
            balance = None
    rest = lines[len(recipients) :]
    if balance is None:  # no balance call: the example prints none, and did not fail for asking
        assert not any("Balance(" in line for line in rest), rest
    else:
        assert rest == [str(balance)], rest
        assert balance.amount == pytest.approx(account["balance"]), (balance, account)


@pytest.mark.parametrize("provider", _params())
def test_the_readme_example_runs_on(provider: str, transport: SimulatorTransport) -> None:
    check_example(readme_example(), provider, transport)


BROKEN = {  # each a way the README's example could go wrong, made from the example as it stands
    "a number the simulator refuses": lambda code: code.replace(_recipients(code)[0], "+14155559989", 1),
    "no balance printed": lambda code: re.sub(r"^(\s*)print\(\w+\.balance\(\)\)$", r"\1pass", code, flags=re.M),
    "the results in another order": lambda code: re.sub(r"\bfor (\w+) in (\w+):", r"for \1 in \2[::-1]:", code),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_example_fails(case: str, transport: SimulatorTransport) -> None:
    """The checks can fail: the README's example, broken in one way, does not pass on EasySendSMS."""
    code = readme_example()
    broken = BROKEN[case](code)
    assert broken != code, "the README's example changed: update this breakage"
    with pytest.raises(AssertionError):
        check_example(broken, "easysendsms", transport)
