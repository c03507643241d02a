"""The PostgreSQL journal against a real server: the same durable sends, and concurrent workers claiming one
key (each its own connection, as workers on other machines would be): exactly one sends."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
import pytest
from starlette.applications import Starlette

import smskit
from smskit.campaign import campaign
from smskit.journal import PostgresJournal, SendInProgressError
from smskit_sim.inprocess import SimulatorTransport
from tests.durable.conftest import EASYSENDSMS_KEY, SIM, fault, stored

NUMBERS = [f"+1415555{i:04d}" for i in range(75)] + ["+14155559989"]


def client(transport: httpx.BaseTransport, journal: object) -> smskit.EasySendSMS:
    return smskit.EasySendSMS(EASYSENDSMS_KEY, base_url=f"{SIM}/easysendsms", transport=transport,
                              journal=journal, rate_limit=0)  # type: ignore[arg-type]  # fmt: skip


def test_a_second_worker_with_the_key_sends_nothing_and_gets_the_same_results(
    transport: SimulatorTransport, control: httpx.Client, postgres: str
) -> None:
    first = client(transport, postgres).send(NUMBERS, "Hi", sender="Shop", idempotency_key="order-1")
    again = client(transport, PostgresJournal(postgres)).send(NUMBERS, "Hi", sender="Shop", idempotency_key="order-1")
    assert [(r.status, r.message_id, type(r.error)) for r in first] == [
        (r.status, r.message_id, type(r.error)) for r in again
    ]
    assert len(stored(control, "easysendsms")) == 75
    with pytest.raises(smskit.InputError) as refused:
        client(transport, postgres).send(NUMBERS, "Hello", sender="Shop", idempotency_key="order-1")
    assert refused.value.rule == "reused"


def test_concurrent_workers_claiming_one_key_exactly_one_sends(
    app: Starlette, control: httpx.Client, postgres: str
) -> None:
    """Eight workers, each with its own connection, send under one key at once (the simulator holding the
    answers back a while): one sends, the others are refused while it does (SendInProgressError) and, asking
    again after, get its results; the simulator stores each number once."""
    fault(control, provider="easysendsms", operation="sendSms", kind="latency", seconds=0.5)
    start = threading.Barrier(8)
    outcomes: list[object] = []

    def worker() -> None:
        sms = client(SimulatorTransport(app), PostgresJournal(postgres, wait=0))
        start.wait()
        try:
            outcomes.append(sms.send(NUMBERS, "Hi", sender="Shop", idempotency_key="one-key"))
        except SendInProgressError as busy:
            outcomes.append(busy)

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    sent = [o for o in outcomes if isinstance(o, smskit.SendResults)]
    assert len(outcomes) == 8 and len(sent) >= 1
    assert sum(isinstance(o, SendInProgressError) for o in outcomes) >= 1
    control.delete("/_sim/faults", params={"provider": "easysendsms"})
    late = client(SimulatorTransport(app), PostgresJournal(postgres)).send(NUMBERS, "Hi", sender="Shop",
                                                                            idempotency_key="one-key")  # fmt: skip
    assert [(r.status, r.message_id) for r in late] == [(r.status, r.message_id) for r in sent[0]]
    texted = [m["recipient"] for m in stored(control, "easysendsms")]
    assert len(texted) == len(set(texted)) == 75


def test_a_worker_that_dies_holding_the_key_frees_it_with_its_connection(
    transport: SimulatorTransport, control: httpx.Client, postgres: str
) -> None:
    """The advisory lock is the connection's: closed (a dead worker's connection), the next worker claims the key
    at once, without waiting for a lease."""
    dead = PostgresJournal(postgres)
    dead.claim("k", "f", "easysendsms", "dead-worker")
    with pytest.raises(SendInProgressError):
        PostgresJournal(postgres, wait=0.2).claim("k", "f", "easysendsms", "other")
    dead.close()
    assert PostgresJournal(postgres, wait=10).claim("k", "f", "easysendsms", "other") == {}


def test_workers_that_wait_for_the_key_get_the_holder_s_results(
    app: Starlette, control: httpx.Client, postgres: str
) -> None:
    """Four workers at once, each willing to wait for the key: one sends, the others wait for it and return its
    results; the simulator stores each number once."""
    fault(control, provider="easysendsms", operation="sendSms", kind="latency", seconds=0.3)
    start = threading.Barrier(4)
    outcomes: list[smskit.SendResults] = []

    def worker() -> None:
        sms = client(SimulatorTransport(app), PostgresJournal(postgres, wait=30))
        start.wait()
        outcomes.append(sms.send(NUMBERS, "Hi", sender="Shop", idempotency_key="one-key"))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(outcomes) == 4
    assert len({tuple((r.status, r.message_id) for r in o) for o in outcomes}) == 1
    texted = [m["recipient"] for m in stored(control, "easysendsms")]
    assert len(texted) == len(set(texted)) == 75


def test_a_campaign_through_postgres(transport: SimulatorTransport, control: httpx.Client, postgres: str,
                                     tmp_path: Path) -> None:  # fmt: skip
    listed = [f"+1415{i:07d}" for i in range(300)] + ["+14150000007"]
    first = list(campaign(client(transport, postgres), listed, "Hi", sender="Shop", key="c", chunk_size=70))
    again = list(campaign(client(transport, postgres), listed, "Hi", sender="Shop", key="c", chunk_size=70))
    assert [r.message_id for r in first] == [r.message_id for r in again]
    assert first[-1].message_id == first[7].message_id
    assert len(stored(control, "easysendsms")) == 300


def _sessions(dsn: str, name: str) -> int:
    """The server's count of open connections named `name` (their application_name)."""
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as db:
        row = db.execute("SELECT count(*) FROM pg_stat_activity WHERE application_name = %s", (name,)).fetchone()
    assert row is not None
    return int(row[0])


def test_a_journal_opened_from_a_dsn_is_given_back_to_the_server_on_close(
    app: Starlette, control: httpx.Client, postgres: str
) -> None:
    """A client or campaign that opened its journal from a DSN closes that connection when it is closed, even
    while the object (or an error tracker's traceback holding it) lives on: a web process making a client per
    request would otherwise run the server out of connections. A journal passed in stays the caller's."""
    name = "smskit-close-test"
    dsn = f"{postgres}{'&' if '?' in postgres else '?'}application_name={name}"
    with client(SimulatorTransport(app), dsn) as sms:  # each client closes its transport with it
        sms.send(NUMBERS[:3], "Hi", sender="Shop", idempotency_key="closing")
        assert _sessions(postgres, name) == 1
    assert _sessions(postgres, name) == 0  # `sms` still refers to the client
    with pytest.raises(smskit.ClosedError):
        sms.send(NUMBERS[:3], "Hi", sender="Shop", idempotency_key="closing")

    plain = client(SimulatorTransport(app), None)
    with campaign(plain, NUMBERS[3:6], "Hi", sender="Shop", key="closing-campaign", journal=dsn) as run:
        assert [r.status for r in run] == ["accepted"] * 3
    assert _sessions(postgres, name) == 0
    with pytest.raises(smskit.InputError) as refused:  # refused by what the journal holds; the traceback kept
        campaign(plain, NUMBERS[3:6], "Hello", sender="Shop", key="closing-campaign", journal=dsn)
    assert refused.value.rule == "reused"
    assert _sessions(postgres, name) == 0

    mine = PostgresJournal(dsn)  # the caller's: still open after the client that used it is closed
    with client(SimulatorTransport(app), mine) as sms:
        sms.send(NUMBERS[:3], "Hi", sender="Shop", idempotency_key="closing")
    assert _sessions(postgres, name) == 1
    mine.close()
