"""`send(..., idempotency_key=...)` with a journal: a second call sends only what provably never left and returns
the same per-recipient results; the real overlay against the real simulator, in-process."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette

import smskit
from smskit.journal import SendInProgressError, SQLiteJournal
from smskit_sim.inprocess import SimulatorTransport
from tests.durable.conftest import EASYSENDSMS_KEY, SIM, fault, stored
from tests.evidence.corpus import EVIDENCE, load
from tests.evidence.drive import recorded_answer
from tests.overlay.demo import DEMO

NUMBERS = [f"+1415555{i:04d}" for i in range(75)] + ["+14155559989", "123"]  # 3 batches; one refused, one invalid


class Died(SystemExit):
    """The process ending (a deploy, an OOM kill) at a chosen point: nothing after it runs but `finally` blocks
    (a SystemExit: asyncio stops the loop at once on one, and cancels every other task)."""


class DyingTransport(httpx.BaseTransport):
    """The simulator, and the process dying on send request number `at` (counted from 1): `after` the simulator
    processed it (its answer lost with the process), else before it reached the simulator."""

    def __init__(self, inner: httpx.BaseTransport, at: int, *, after: bool) -> None:
        self.inner, self.at, self.after, self.sends = inner, at, after, 0
        self.lock = threading.Lock()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith(("/sms/send", "/sms", "/send-sms.json")):
            with self.lock:
                self.sends += 1
                dying = self.sends == self.at
            if dying and not self.after:
                raise Died
            response = self.inner.handle_request(request)
            if dying:
                response.read()
                raise Died
            return response
        return self.inner.handle_request(request)


def easysendsms(transport: httpx.BaseTransport, journal: object, **options: object) -> smskit.EasySendSMS:
    return smskit.EasySendSMS(EASYSENDSMS_KEY, base_url=f"{SIM}/easysendsms", transport=transport,
                              journal=journal, rate_limit=0, **options)  # type: ignore[arg-type]  # fmt: skip


def same(a: list[smskit.RecipientResult], b: list[smskit.RecipientResult]) -> bool:
    """Every field alike (provider, id_scope, parts and cost too); errors by their class and message."""

    def view(r: smskit.RecipientResult) -> tuple[object, ...]:
        return (*r._replace(error=None), type(r.error), str(r.error))

    return [view(r) for r in a] == [view(r) for r in b]


def test_a_second_call_sends_nothing_and_returns_the_same_results(
    transport: SimulatorTransport, control: httpx.Client, tmp_path: Path
) -> None:
    """Same key, same send: the simulator stores each number once and every result comes back the same."""
    sms = easysendsms(transport, tmp_path / "j.db")
    first = sms.send(NUMBERS, "Your order shipped", sender="Shop", idempotency_key="order-1")
    assert [r.status for r in first].count("accepted") == 75 and first[-2].status == first[-1].status == "rejected"
    again = sms.send(NUMBERS, "Your order shipped", sender="Shop", idempotency_key="order-1")
    assert same(first, again)
    assert isinstance(again[-2].error, smskit.APIError) and again[-2].error.code == first[-2].error.code  # type: ignore[union-attr]
    # another client (another process, as far as the journal can tell) on the same file
    other = easysendsms(transport, tmp_path / "j.db")
    assert same(first, other.send(NUMBERS, "Your order shipped", sender="Shop", idempotency_key="order-1"))
    assert len(stored(control, "easysendsms")) == 75


def test_what_the_provider_said_comes_back_too(transport: SimulatorTransport, tmp_path: Path) -> None:
    """EzzySMS's answer carries each recipient's cost: a replayed result must say it as the first one did."""
    sms = smskit.EzzySMS(**DEMO["ezzysms"], base_url=f"{SIM}/ezzysms/api/v1", transport=transport,
                         journal=tmp_path / "j.db", rate_limit=0)  # fmt: skip
    first = sms.send(["+256712345670", "+256712345671"], "Habari", idempotency_key="k")
    assert [r.cost for r in first] == [40, 40] and [r.parts for r in first] == [1, 1]
    assert same(first, sms.send(["+256712345670", "+256712345671"], "Habari", idempotency_key="k"))


def test_the_documented_answer_replays_as_it_came(tmp_path: Path) -> None:
    """The same, held to EzzySMS's own document rather than our simulator: its success answer (evidence item
    seed-success, `cost: 40`) comes back whole from the journal, and the second call sends nothing."""
    documented = load(EVIDENCE / "ezzysms" / "seed-success.yaml").response
    assert documented is not None and documented["body"]["cost"] == 40
    sends: list[httpx.Request] = []

    def provider(request: httpx.Request) -> httpx.Response:
        sends.append(request)
        return recorded_answer(documented, request)

    sms = smskit.EzzySMS(**DEMO["ezzysms"], base_url="https://ezzysms.com/api/v1", rate_limit=0,
                         transport=httpx.MockTransport(provider), journal=tmp_path / "j.db")  # fmt: skip
    first = sms.send("+256712345670", "Your verification code is 123456", idempotency_key="otp-1")
    assert first[0].accepted and first[0].cost == 40 and len(sends) == 1
    assert same(first, sms.send("+256712345670", "Your verification code is 123456", idempotency_key="otp-1"))
    assert len(sends) == 1


def test_without_a_key_nothing_changes(transport: SimulatorTransport, control: httpx.Client, tmp_path: Path) -> None:
    """A client with a journal but no key sends as before: twice when asked twice."""
    sms = easysendsms(transport, tmp_path / "j.db")
    sms.send(NUMBERS[:5], "Hi", sender="Shop")
    sms.send(NUMBERS[:5], "Hi", sender="Shop")
    assert len(stored(control, "easysendsms")) == 10


@pytest.mark.parametrize(
    "change",
    [
        lambda n: (n, "Another text", "Shop"),
        lambda n: (n[:-3], "Your order shipped", "Shop"),
        lambda n: ([*n, "+14155550999"], "Your order shipped", "Shop"),
        lambda n: (n, "Your order shipped", "Other"),
    ],
    ids=["text", "fewer", "more", "sender"],
)
def test_the_same_key_for_another_send_is_refused(
    transport: SimulatorTransport, control: httpx.Client, tmp_path: Path,
    change: Callable[[list[str]], tuple[list[str], str, str]],
) -> None:  # fmt: skip
    """Another text, sender or recipients under a used key: InputError (field and rule), nothing sent."""
    sms = easysendsms(transport, tmp_path / "j.db")
    sms.send(NUMBERS, "Your order shipped", sender="Shop", idempotency_key="order-1")
    numbers, text, sender = change(NUMBERS)
    with pytest.raises(smskit.InputError) as refused:
        sms.send(numbers, text, sender=sender, idempotency_key="order-1")
    assert (refused.value.field, refused.value.rule) == ("idempotency_key", "reused")
    assert "shipped" not in str(refused.value) and "Another" not in str(refused.value)
    assert len(stored(control, "easysendsms")) == 75


def test_a_key_needs_a_journal(transport: SimulatorTransport, control: httpx.Client) -> None:
    """A key on a client without journal= is an InputError before any request."""
    sms = easysendsms(transport, None)
    with pytest.raises(smskit.InputError) as refused:
        sms.send(NUMBERS[:2], "Hi", sender="Shop", idempotency_key="k")
    assert (refused.value.field, refused.value.rule) == ("idempotency_key", "journal")
    assert stored(control, "easysendsms") == []


def test_a_journal_of_the_wrong_type_is_refused_at_construction(transport: SimulatorTransport, tmp_path: Path) -> None:
    """Neither a path nor a Journal, or a path no journal can be opened at: InputError on field `journal`."""
    with pytest.raises(smskit.InputError) as refused:
        easysendsms(transport, 42)
    assert refused.value.field == "journal"
    with pytest.raises(smskit.InputError) as refused:
        easysendsms(transport, tmp_path / "no" / "such" / "folder.db")
    assert (refused.value.field, refused.value.rule) == ("journal", "open")


def test_a_key_value_postgres_dsn_is_refused_not_taken_for_a_file_name(
    transport: SimulatorTransport, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """libpq's `key=value` form is no path: taken for one, it made a SQLite file named after the DSN, password and
    all. It is refused, naming the URL form, without repeating the DSN; nothing is written."""
    monkeypatch.chdir(tmp_path)
    dsn = "host=127.0.0.1 user=postgres password=s3cret-pw dbname=smskit"
    with pytest.raises(smskit.InputError) as refused:
        easysendsms(transport, dsn)
    assert (refused.value.field, refused.value.rule) == ("journal", "dsn")
    assert "postgresql://" in str(refused.value) and "s3cret-pw" not in str(refused.value)
    assert list(tmp_path.iterdir()) == []


class AsyncDyingTransport(httpx.AsyncBaseTransport):
    """`DyingTransport` for async clients (where the process's end stops every other task at once)."""

    def __init__(self, inner: httpx.AsyncBaseTransport, at: int, *, after: bool) -> None:
        self.inner, self.at, self.after, self.sends = inner, at, after, 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if request.method == "POST" and request.url.path.endswith("/sms/send"):
            self.sends += 1
            if self.sends == self.at and not self.after:
                raise Died
            response = await self.inner.handle_async_request(request)
            if self.sends == self.at:
                await response.aread()
                raise Died
            return response
        return await self.inner.handle_async_request(request)


@pytest.mark.parametrize("after", [True, False], ids=["after-it-left", "before-it-reached-the-provider"])
def test_a_batch_in_flight_when_the_process_died_is_never_sent_again(
    app: Starlette, transport: SimulatorTransport, control: httpx.Client, tmp_path: Path, after: bool
) -> None:
    """The process dies on the second of three batches (one at a time): the first keeps its results, the
    second comes back unknown and is not re-sent (recorded as leaving: it may have), the third, never recorded,
    is sent now; the third call returns the second's results again."""

    async def die() -> None:
        async with smskit.AsyncEasySendSMS(EASYSENDSMS_KEY, base_url=f"{SIM}/easysendsms", rate_limit=0,
                                           transport=AsyncDyingTransport(httpx.ASGITransport(app), 2, after=after),
                                           journal=tmp_path / "j.db", concurrency=1) as sms:  # fmt: skip
            await sms.send(NUMBERS, "Hi", sender="Shop", idempotency_key="k")

    with pytest.raises(Died):
        asyncio.run(die())
    assert len(stored(control, "easysendsms")) == 30 + (30 if after else 0)
    sms = easysendsms(transport, tmp_path / "j.db", concurrency=1)
    results = sms.send(NUMBERS, "Hi", sender="Shop", idempotency_key="k")
    assert [r.status for r in results[:30]] == ["accepted"] * 30
    assert [r.status for r in results[30:60]] == ["unknown"] * 30
    assert all(isinstance(r.error, smskit.OutcomeUnknownError) for r in results[30:60])
    assert [r.status for r in results[60:75]] == ["accepted"] * 15
    texted = [m["recipient"] for m in stored(control, "easysendsms")]
    assert len(texted) == len(set(texted)) == 45 + (30 if after else 0)
    assert same(results, sms.send(NUMBERS, "Hi", sender="Shop", idempotency_key="k"))
    assert len(stored(control, "easysendsms")) == len(texted)


def test_unknown_outcomes_stay_unknown_and_are_not_resent(
    transport: SimulatorTransport, control: httpx.Client, tmp_path: Path
) -> None:
    """A lost answer (the simulator stored the batch) is unknown; the same key later does not send it again."""
    fault(control, provider="easysendsms", operation="sendSms", kind="lose_answer", count=1)
    sms = easysendsms(transport, tmp_path / "j.db", concurrency=1)
    first = sms.send(NUMBERS[:40], "Hi", sender="Shop", idempotency_key="k")
    assert [r.status for r in first] == ["unknown"] * 30 + ["accepted"] * 10
    assert same(first, sms.send(NUMBERS[:40], "Hi", sender="Shop", idempotency_key="k"))
    assert len(stored(control, "easysendsms")) == 40


def test_a_key_being_sent_under_is_refused_to_a_second_caller(
    app: Starlette, control: httpx.Client, tmp_path: Path
) -> None:
    """Two calls with one key at once: the second raises SendInProgressError and sends nothing; afterwards the
    same key returns the first call's results."""
    gate, entered = threading.Event(), threading.Event()

    class Held(httpx.BaseTransport):
        def __init__(self) -> None:
            self.inner = SimulatorTransport(app)

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            entered.set()
            assert gate.wait(10)
            return self.inner.handle_request(request)

    sms = easysendsms(Held(), tmp_path / "j.db")
    out: list[smskit.SendResults] = []
    worker = threading.Thread(target=lambda: out.append(sms.send(NUMBERS[:3], "Hi", sender="Shop",
                                                                  idempotency_key="k")))  # fmt: skip
    worker.start()
    assert entered.wait(10)
    with pytest.raises(SendInProgressError):
        easysendsms(SimulatorTransport(app), tmp_path / "j.db").send(NUMBERS[:3], "Hi", sender="Shop",
                                                                       idempotency_key="k")  # fmt: skip
    gate.set()
    worker.join(10)
    assert len(stored(control, "easysendsms")) == 3
    again = easysendsms(SimulatorTransport(app), tmp_path / "j.db").send(NUMBERS[:3], "Hi", sender="Shop",
                                                                           idempotency_key="k")  # fmt: skip
    assert same(out[0], again)


def test_an_account_refusal_leaves_the_key_free(transport: SimulatorTransport, control: httpx.Client,
                                                tmp_path: Path) -> None:  # fmt: skip
    """A wrong API key: raised (nothing sent), and the journal forgets the call, so the same key sends once the
    credentials are right."""
    wrong = smskit.EasySendSMS("x" * 32, base_url=f"{SIM}/easysendsms", transport=transport,
                               journal=tmp_path / "j.db", rate_limit=0)  # fmt: skip
    with pytest.raises(smskit.AuthenticationError):
        wrong.send(NUMBERS[:3], "Hi", sender="Shop", idempotency_key="k")
    results = easysendsms(transport, tmp_path / "j.db").send(NUMBERS[:3], "Hi", sender="Shop", idempotency_key="k")
    assert [r.status for r in results] == ["accepted"] * 3


def test_the_journal_records_every_batch_before_and_after(
    transport: SimulatorTransport, control: httpx.Client, tmp_path: Path
) -> None:
    """What the file holds after a send: each batch's numbers, when it left, and its outcome."""
    easysendsms(transport, tmp_path / "j.db").send(NUMBERS, "Hi", sender="Shop", idempotency_key="k")
    with sqlite3.connect(tmp_path / "j.db") as db:
        rows = db.execute("SELECT batch, left_at, done_at, results FROM smskit_batches WHERE key='k'").fetchall()
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert sorted(r[0] for r in rows) == [0, 1, 2]
    assert all(left is not None and done is not None and left <= done and results for _, left, done, results in rows)
    assert SQLiteJournal(tmp_path / "j.db").batches("k").keys() == {0, 1, 2}


def test_async_clients_take_the_same_key(app: Starlette, control: httpx.Client, tmp_path: Path) -> None:
    """AsyncEasySendSMS: the same durable send, the second call sending nothing."""

    async def run() -> tuple[smskit.SendResults, smskit.SendResults]:
        async with smskit.AsyncEasySendSMS(EASYSENDSMS_KEY, base_url=f"{SIM}/easysendsms",
                                           transport=httpx.ASGITransport(app), journal=tmp_path / "j.db",
                                           rate_limit=0) as sms:  # fmt: skip
            first = await sms.send(NUMBERS, "Hi", sender="Shop", idempotency_key="k")
            return first, await sms.send(NUMBERS, "Hi", sender="Shop", idempotency_key="k")

    first, again = asyncio.run(run())
    assert same(first, again) and len(first.accepted) == 75
    assert len(stored(control, "easysendsms")) == 75


def test_a_mobyt_order_in_flight_is_reconciled_through_its_state(
    transport: SimulatorTransport, control: httpx.Client, tmp_path: Path
) -> None:
    """Mobyt: the process dies after the order left; the next call reads the order's state by the order_id the
    journal recorded before the request left, and reports what the order holds, sending nothing again."""
    from tests.overlay.demo import PROVIDERS

    credentials = PROVIDERS["mobyt"][0]

    def mobyt(inner: httpx.BaseTransport) -> smskit.Mobyt:
        return smskit.Mobyt(**credentials, base_url=f"{SIM}/mobyt/API/v1.0/REST", transport=inner,
                            journal=tmp_path / "j.db", rate_limit=0)  # fmt: skip

    numbers = ["+393471234567", "+393471234568"]
    with pytest.raises(Died):
        mobyt(DyingTransport(transport, 1, after=True)).send(numbers, "Ciao", idempotency_key="k")
    results = mobyt(transport).send(numbers, "Ciao", idempotency_key="k")
    assert len(stored(control, "mobyt")) == 2
    assert [r.status for r in results] == ["accepted", "accepted"]  # without the read: unknown
    assert results[0].reference is not None and results[0].message_id == results[0].reference
    assert smskit.Mobyt(**credentials, base_url=f"{SIM}/mobyt/API/v1.0/REST", transport=transport,
                        rate_limit=0).get_sms_state(results[0].reference).recipients  # fmt: skip
