"""Durable sends: `send(..., idempotency_key=...)` on a client made with `journal=`, as Stripe's idempotency keys
make a POST safe to repeat, on the client side and across crashes.

    sms = smskit.client("easysendsms", api_key="...", journal="sends.db")      # SQLite (stdlib, WAL)
    sms.send(numbers, "Your order shipped", sender="Shop", idempotency_key="order-1234-shipped")

Every batch of a keyed send is written to the journal *before* its request leaves (a durable commit: the WAL is
synced) and its per-recipient outcome after. A second call with the same key, in this process or another after
a crash, sends only the batches that provably never left, and returns the same per-recipient results:

- a batch with an outcome gets that outcome back, sent nothing;
- a batch recorded as leaving without an outcome (in flight when the process died) is never sent again: its
  recipients come back `unknown`, with the provider reference where the request carried one (Mobyt's
  `order_id`), and Mobyt's are reconciled through the order's state (`get_sms_state`): found, they are what it
  says; not found or unreadable, they stay `unknown` (a lost order is no proof the request never arrived);
- a batch never recorded never left: it is sent now.

The same key with another text, sender, schedule or recipients is refused (`InputError`, field
`idempotency_key`, rule `reused`), and so is a key another live process is sending under right now
(`SendInProgressError`: nothing was sent by this call). A send refused for the account while nothing was sent
(`AuthenticationError`, ...) leaves nothing in the journal, so the same key sends once the account is fixed.

The journal's writes are synchronous (SQLite's own calls, a few per batch), in async clients too. A journal the
client opened from a path or URL is closed with the client (`close()`, `with`); one given as an object stays
its owner's to close. A PostgreSQL URL holds a password: the constructors keep it as a `smskit.Secret` (pass one
yourself to keep it out of your own frames too), and a server that cannot be reached is a `JournalError`
whose message, like every frame of it, shows none.
"""

from __future__ import annotations

import contextlib
import contextvars
import hashlib
import json
import os
import re
import socket
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple, Protocol, runtime_checkable

import httpx

from smskit import _exceptions
from smskit._exceptions import InputError, OutcomeUnknownError, SmsKitError, _rebuild
from smskit._results import RecipientResult, SendResults
from smskit._secret import MASK, Secret
from smskit._transport import OPERATION

if TYPE_CHECKING:
    from smskit._base import Batch, Flow, OperationRequest, SendFlow, SendPlan, _Common

__all__ = [
    "Journal",
    "JournalError",
    "JournalTransport",
    "PostgresJournal",
    "SQLiteJournal",
    "SendInProgressError",
    "StoredBatch",
    "open_journal",
]

# A claim whose owner runs on another machine is taken over once its heartbeat is this old (seconds); on this
# machine the owner's process id says at once whether it is still alive.
DEFAULT_LEASE: Final = 300.0
# SQLite's page cache per connection, KiB (its default is 2,000). A journal is written at its end and read a
# key at a time, so a few hot pages serve it: a larger cache only holds pages it will not read again (a
# 1,000,000-recipient campaign: no slower, about 1.6 MB less memory).
_SQLITE_CACHE_KIB: Final = 512


class JournalError(SmsKitError):
    """The journal could not be written or read: the batch concerned was not sent."""


class SendInProgressError(SmsKitError, RuntimeError):
    """Another live process (or thread) is sending under this idempotency key now: this call sent nothing.

    Try again once it has finished: the same key then returns its results."""


class StoredBatch(NamedTuple):
    """What the journal holds about one batch of a keyed send."""

    numbers: tuple[str, ...]  # E.164, in the batch's order
    reference: str | None  # the provider reference its request carried (Mobyt's order_id), if any
    results: str | None  # the outcome (see `dump_results`); None: it left and no outcome was ever written


@runtime_checkable
class Journal(Protocol):
    """Where keyed sends are recorded (`SQLiteJournal`, `PostgresJournal`).

    Each method is one transaction. `leaving` must be durable when it returns: the request leaves right after."""

    def claim(self, key: str, fingerprint: str, provider: str, owner: str) -> dict[int, StoredBatch]:
        """Claim `key` for `owner` and return its batches so far; `InputError` (rule `reused`) when the key was
        used for another send, `SendInProgressError` when a live owner holds it."""
        ...

    def leaving(self, key: str, index: int, numbers: Sequence[str], reference: str | None) -> None:
        """Batch `index` of `key` is about to leave (durably committed on return)."""
        ...

    def outcome(self, key: str, index: int, numbers: Sequence[str], results: str) -> None:
        """Batch `index` of `key` ended with `results`."""
        ...

    def release(self, key: str, owner: str, *, forget: bool = False) -> None:
        """`owner` is done with `key`; `forget`: drop the key and its batches (nothing of it was sent)."""
        ...

    def close(self) -> None:
        """Close the journal's connection."""
        ...


# --- results as stored ---------------------------------------------------------------------------------------------
_ERROR_FIELDS: Final = ("provider", "operation", "status_code", "code", "description", "not_processed", "aborts",
                        "reference", "field", "rule", "message", "retry_after")  # fmt: skip
_PLAIN: Final = (str, int, float, bool, type(None))


def _error_data(error: SmsKitError) -> dict[str, object]:
    data: dict[str, object] = {"type": type(error).__name__, "args": [a for a in error.args if isinstance(a, str)]}
    state = vars(error)
    for name in _ERROR_FIELDS:
        value = state.get(name)
        if value is not None and isinstance(value, _PLAIN):
            data[name] = value
    return data


def _error_class(name: object) -> type[SmsKitError]:
    found = getattr(_exceptions, str(name), None) or globals().get(str(name))
    return found if isinstance(found, type) and issubclass(found, SmsKitError) else SmsKitError


def _error(data: Mapping[str, object]) -> SmsKitError:
    """An error rebuilt from the journal as its class, message and fields (its answer is not kept)."""
    state = {k: v for k, v in data.items() if k not in ("type", "args")}
    args = data.get("args")
    return _rebuild(_error_class(data.get("type")), tuple(args) if isinstance(args, list) else (), state)


def dump_results(results: Sequence[RecipientResult]) -> str:
    """A batch's results as the journal stores them (JSON; errors by class, message and fields): what the provider
    answered per recipient. The rest (provider, id_scope, parts) the send derives again when it replays them."""
    rows = [
        [r.status, r.number, r.message_id, r.reference, None if r.error is None else _error_data(r.error), r.cost]
        for r in results
    ]
    return json.dumps(rows, separators=(",", ":"))


def load_results(numbers: Sequence[str], text: str) -> list[RecipientResult]:
    """The results `dump_results` stored for a batch of `numbers`."""
    rows = json.loads(text)
    return [
        RecipientResult(number, status, number=e164, message_id=message_id, reference=reference,
                        error=None if error is None else _error(error), cost=cost)
        # a row of five fields: written before the cost was kept
        for number, (status, e164, message_id, reference, error, cost, *_) in zip(
            numbers, (row + [None] * (6 - len(row)) for row in rows), strict=True)
    ]  # fmt: skip


def fingerprint(provider: str, plan: SendPlan) -> str:
    """What a key is bound to: the provider, the text, sender and schedule, and every recipient as given."""
    batch = plan.batches[0] if plan.batches else None
    schedule = None if batch is None or batch.schedule_at is None else batch.schedule_at.isoformat()
    text = None if batch is None else batch.text
    sender = None if batch is None else batch.sender
    body = json.dumps([provider, text, sender, schedule, list(plan.recipients)], separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()


# --- who holds a key -------------------------------------------------------------------------------------------------
_HOST: Final = socket.gethostname()


def new_owner() -> str:
    """An owner id for one call: this machine, this process, and a token of its own."""
    return f"{_HOST}/{os.getpid()}/{uuid.uuid4().hex}"


def owner_alive(owner: str, heartbeat: float | None, lease: float) -> bool:
    """Whether the call `owner` may still be sending: on this machine, while its process lives; elsewhere,
    while its heartbeat is fresher than `lease` seconds."""
    host, _, rest = owner.partition("/")
    pid = rest.partition("/")[0]
    if host == _HOST and pid.isdigit():
        if int(pid) == os.getpid():
            return True  # another call of this very process (another thread or task)
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True
    return heartbeat is not None and time.time() - heartbeat < lease


def reused(key: str) -> InputError:
    """The refusal of a key already bound to another send (no text or number in the message)."""
    return InputError("idempotency_key", "reused", f"{key!r} was used for a different send (another text, sender, "
                      "schedule or recipients, or another provider); use a new key for a new send")  # fmt: skip


# --- SQLite ---------------------------------------------------------------------------------------------------------
_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS smskit_sends (
    key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, provider TEXT NOT NULL,
    owner TEXT, heartbeat REAL, created REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS smskit_batches (
    key TEXT NOT NULL, batch INTEGER NOT NULL, numbers TEXT NOT NULL, reference TEXT, results TEXT,
    left_at REAL, done_at REAL, PRIMARY KEY (key, batch)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS smskit_campaigns (key TEXT PRIMARY KEY, spec TEXT NOT NULL, created REAL NOT NULL);
CREATE TABLE IF NOT EXISTS smskit_campaign_numbers (
    campaign TEXT NOT NULL, number TEXT NOT NULL, chunk INTEGER NOT NULL, PRIMARY KEY (campaign, number)
) WITHOUT ROWID;
"""


class SQLiteJournal:
    """The default journal: one SQLite file (stdlib `sqlite3`), in WAL mode.

    The record of a batch about to leave is committed with `synchronous=FULL` (the WAL is synced to disk before
    the request goes); outcomes with `NORMAL`, which survives the process dying at any point (an operating
    system crash may lose the last outcomes: those batches then read as in flight, `unknown`, never re-sent).
    One connection, shared by the client's threads under a lock. Made from a path by `journal="sends.db"`."""

    def __init__(self, path: str | os.PathLike[str], *, lease: float = DEFAULT_LEASE) -> None:
        import sqlite3  # here: a program that never journals never imports it

        self.path = Path(path)
        self.lease = lease
        self._lock = threading.Lock()
        self._db = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
        self._sync = ""
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(f"PRAGMA cache_size=-{_SQLITE_CACHE_KIB}")
            self._db.executescript(_SCHEMA)

    def __repr__(self) -> str:
        return f"SQLiteJournal({str(self.path)!r})"

    def _synchronous(self, level: str) -> None:
        if self._sync != level:
            self._db.execute(f"PRAGMA synchronous={level}")
            self._sync = level

    def _begin(self, level: str = "NORMAL") -> None:
        self._synchronous(level)
        self._db.execute("BEGIN IMMEDIATE")

    def claim(self, key: str, fingerprint: str, provider: str, owner: str) -> dict[int, StoredBatch]:
        """See `Journal.claim`."""
        with self._lock:
            self._begin("FULL")
            try:
                row = self._db.execute(
                    "SELECT fingerprint, provider, owner, heartbeat FROM smskit_sends WHERE key = ?", (key,)
                ).fetchone()
                now = time.time()
                if row is None:
                    self._db.execute("INSERT INTO smskit_sends VALUES (?, ?, ?, ?, ?, ?)",
                                     (key, fingerprint, provider, owner, now, now))  # fmt: skip
                else:
                    if (row[0], row[1]) != (fingerprint, provider):
                        raise reused(key)
                    if row[2] is not None and row[2] != owner and owner_alive(row[2], row[3], self.lease):
                        raise SendInProgressError(f"another call is sending under {key!r} now; this one sent nothing")
                    self._db.execute("UPDATE smskit_sends SET owner = ?, heartbeat = ? WHERE key = ?",
                                     (owner, now, key))  # fmt: skip
                batches = {
                    index: StoredBatch(tuple(json.loads(numbers)), reference, results)
                    for index, numbers, reference, results in self._db.execute(
                        "SELECT batch, numbers, reference, results FROM smskit_batches WHERE key = ?", (key,)
                    )
                }
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            return batches

    def leaving(self, key: str, index: int, numbers: Sequence[str], reference: str | None) -> None:
        """See `Journal.leaving`: committed with the WAL synced before it returns."""
        with self._lock:
            self._synchronous("FULL")
            now = time.time()
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute(
                    "INSERT INTO smskit_batches (key, batch, numbers, reference, left_at) VALUES (?, ?, ?, ?, ?)",
                    (key, index, json.dumps(list(numbers)), reference, now),
                )
                self._db.execute("UPDATE smskit_sends SET heartbeat = ? WHERE key = ?", (now, key))
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def outcome(self, key: str, index: int, numbers: Sequence[str], results: str) -> None:
        """See `Journal.outcome`."""
        with self._lock:
            self._synchronous("NORMAL")
            self._db.execute(
                "INSERT INTO smskit_batches (key, batch, numbers, results, done_at) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (key, batch) DO UPDATE SET results = excluded.results, done_at = excluded.done_at",
                (key, index, json.dumps(list(numbers)), results, time.time()),
            )

    def release(self, key: str, owner: str, *, forget: bool = False) -> None:
        """See `Journal.release`."""
        with self._lock:
            self._synchronous("FULL")
            self._db.execute("BEGIN IMMEDIATE")
            try:
                if forget:
                    self._db.execute("DELETE FROM smskit_batches WHERE key = ?", (key,))
                    self._db.execute("DELETE FROM smskit_sends WHERE key = ? AND owner = ?", (key, owner))
                else:
                    self._db.execute("UPDATE smskit_sends SET owner = NULL WHERE key = ? AND owner = ?", (key, owner))
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # --- campaigns (smskit.campaign) ---
    def campaign_spec(self, key: str | None = None) -> tuple[str, str] | None:
        """The campaign `key` (or the only one when None) as (key, its JSON spec); None when there is none."""
        with self._lock:
            if key is not None:
                row = self._db.execute("SELECT key, spec FROM smskit_campaigns WHERE key = ?", (key,)).fetchone()
                return None if row is None else (row[0], row[1])
            rows = self._db.execute("SELECT key, spec FROM smskit_campaigns ORDER BY created").fetchall()
        if len(rows) > 1:
            names = ", ".join(r[0] for r in rows)
            raise InputError("key", "ambiguous", f"the journal holds {len(rows)} campaigns ({names}): name one")
        return None if not rows else (rows[0][0], rows[0][1])

    def save_campaign(self, key: str, spec: str) -> str:
        """Record campaign `key` with `spec` unless it is there; returns the spec the journal holds."""
        with self._lock:
            self._synchronous("FULL")
            self._db.execute("INSERT OR IGNORE INTO smskit_campaigns VALUES (?, ?, ?)", (key, spec, time.time()))
            held: str = self._db.execute("SELECT spec FROM smskit_campaigns WHERE key = ?", (key,)).fetchone()[0]
            return held

    def claim_numbers(self, campaign: str, chunk: int, numbers: Sequence[str]) -> dict[str, int]:
        """Each number's chunk in campaign `campaign`: `chunk` for those first seen now, else the earlier one."""
        with self._lock:
            self._synchronous("NORMAL")
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany("INSERT OR IGNORE INTO smskit_campaign_numbers VALUES (?, ?, ?)",
                                     ((campaign, n, chunk) for n in numbers))  # fmt: skip
                found: dict[str, int] = {}
                for start in range(0, len(numbers), 500):
                    part = list(numbers[start : start + 500])
                    marks = ",".join("?" * len(part))
                    found.update(self._db.execute(
                        f"SELECT number, chunk FROM smskit_campaign_numbers WHERE campaign = ? AND number IN ({marks})",
                        (campaign, *part),
                    ).fetchall())  # fmt: skip
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            return found

    def batches(self, key: str) -> dict[int, StoredBatch]:
        """Every batch of `key` as stored (for reading results back, and for checks)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT batch, numbers, reference, results FROM smskit_batches WHERE key = ?", (key,)
            ).fetchall()
        return {i: StoredBatch(tuple(json.loads(n)), ref, res) for i, n, ref, res in rows}

    def close(self) -> None:
        """Close the connection (a later call raises)."""
        with self._lock:
            self._db.close()


# --- PostgreSQL -------------------------------------------------------------------------------------------------------
_PG_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS smskit_sends (
    key TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, provider TEXT NOT NULL,
    owner TEXT, heartbeat DOUBLE PRECISION, created DOUBLE PRECISION NOT NULL
);
CREATE TABLE IF NOT EXISTS smskit_batches (
    key TEXT NOT NULL, batch INTEGER NOT NULL, numbers TEXT NOT NULL, reference TEXT, results TEXT,
    left_at DOUBLE PRECISION, done_at DOUBLE PRECISION, PRIMARY KEY (key, batch)
);
CREATE TABLE IF NOT EXISTS smskit_campaigns (
    key TEXT PRIMARY KEY, spec TEXT NOT NULL, created DOUBLE PRECISION NOT NULL
);
CREATE TABLE IF NOT EXISTS smskit_campaign_numbers (
    campaign TEXT NOT NULL, number TEXT NOT NULL, chunk INTEGER NOT NULL, PRIMARY KEY (campaign, number)
);
"""


class PostgresJournal:
    """A journal in PostgreSQL (psycopg 3), for several workers on several machines sharing the keys.

    A key is held with a session advisory lock (`pg_try_advisory_lock`) while a call sends under it: a worker
    that dies, on any machine, loses its connection and with it the lock, so another takes over as soon as the
    server sees the connection gone (a claim waits up to `wait` seconds for a held key, then raises
    `SendInProgressError`; a call that waited returns the holder's results, sending nothing twice). The
    record of a batch about to leave is an ordinary (durable) commit; outcomes are committed with
    `synchronous_commit = off` (a server crash may lose the last ones: those batches read as in flight,
    `unknown`, never re-sent). One connection, shared by the client's threads under a lock.
    Made by `journal="postgresql://..."` or `PostgresJournal(dsn)`."""

    def __init__(self, dsn: str | Secret, *, wait: float = 10.0) -> None:
        import psycopg  # the `postgres` extra: only a program that asks for it imports it

        dsn = Secret(dsn)  # first: no frame of a failed connect shows the password (psycopg's own frames do)
        self.wait = wait  # seconds a claim waits for a key another session holds (a dead worker's, while the
        # server notices its connection is gone), before SendInProgressError
        self._lock = threading.Lock()
        refused: SmsKitError | None = None
        try:
            self._db = psycopg.connect(dsn.reveal(), autocommit=True)
        except psycopg.Error as exc:  # raised below, outside this block: no context, no frame of psycopg's
            refused = _connect_error(exc, dsn)
        if refused is not None:
            raise refused
        self._held: set[str] = set()
        with self._lock, self._db.transaction():
            self._db.execute("SELECT pg_advisory_xact_lock(7270100)")  # one schema creator at a time
            self._db.execute(_PG_SCHEMA)

    def __repr__(self) -> str:
        return "PostgresJournal(...)"  # the DSN may hold a password

    @staticmethod
    def _lock_id(key: str) -> str:
        return "smskit:" + key

    def claim(self, key: str, fingerprint: str, provider: str, owner: str) -> dict[int, StoredBatch]:
        """See `Journal.claim`: the key's advisory lock, then its record."""
        with self._lock:
            if key in self._held:
                raise SendInProgressError(f"another call is sending under {key!r} now; this one sent nothing")
            deadline = time.monotonic() + self.wait
            while True:
                got = self._db.execute("SELECT pg_try_advisory_lock(hashtextextended(%s, 0))", (self._lock_id(key),))
                row = got.fetchone()
                if row and row[0]:
                    break
                if time.monotonic() >= deadline:
                    raise SendInProgressError(f"another worker is sending under {key!r} now; this one sent nothing")
                time.sleep(0.05)
            try:
                with self._db.transaction():
                    now = time.time()
                    self._db.execute(
                        "INSERT INTO smskit_sends VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (key) DO NOTHING",
                        (key, fingerprint, provider, owner, now, now),
                    )
                    found = self._db.execute("SELECT fingerprint, provider FROM smskit_sends WHERE key = %s",
                                             (key,)).fetchone()  # fmt: skip
                    if found is None or (found[0], found[1]) != (fingerprint, provider):
                        raise reused(key)
                    self._db.execute("UPDATE smskit_sends SET owner = %s, heartbeat = %s WHERE key = %s",
                                     (owner, now, key))  # fmt: skip
                    rows = self._db.execute(
                        "SELECT batch, numbers, reference, results FROM smskit_batches WHERE key = %s", (key,)
                    ).fetchall()
            except BaseException:
                self._db.execute("SELECT pg_advisory_unlock(hashtextextended(%s, 0))", (self._lock_id(key),))
                raise
            self._held.add(key)
            return {i: StoredBatch(tuple(json.loads(n)), ref, res) for i, n, ref, res in rows}

    def leaving(self, key: str, index: int, numbers: Sequence[str], reference: str | None) -> None:
        """See `Journal.leaving`: a durable commit."""
        with self._lock, self._db.transaction():
            self._db.execute(
                "INSERT INTO smskit_batches (key, batch, numbers, reference, left_at) VALUES (%s, %s, %s, %s, %s)",
                (key, index, json.dumps(list(numbers)), reference, time.time()),
            )

    def outcome(self, key: str, index: int, numbers: Sequence[str], results: str) -> None:
        """See `Journal.outcome`."""
        with self._lock, self._db.transaction():
            self._db.execute("SET LOCAL synchronous_commit = off")
            self._db.execute(
                "INSERT INTO smskit_batches (key, batch, numbers, results, done_at) VALUES (%s, %s, %s, %s, %s) "
                "ON CONFLICT (key, batch) DO UPDATE SET results = excluded.results, done_at = excluded.done_at",
                (key, index, json.dumps(list(numbers)), results, time.time()),
            )

    def release(self, key: str, owner: str, *, forget: bool = False) -> None:
        """See `Journal.release`: the record updated, then the advisory lock given up."""
        with self._lock:
            try:
                with self._db.transaction():
                    if forget:
                        self._db.execute("DELETE FROM smskit_batches WHERE key = %s", (key,))
                        self._db.execute("DELETE FROM smskit_sends WHERE key = %s AND owner = %s", (key, owner))
                    else:
                        self._db.execute("UPDATE smskit_sends SET owner = NULL WHERE key = %s AND owner = %s",
                                         (key, owner))  # fmt: skip
            finally:
                if key in self._held:
                    self._held.discard(key)
                    self._db.execute("SELECT pg_advisory_unlock(hashtextextended(%s, 0))", (self._lock_id(key),))

    def campaign_spec(self, key: str | None = None) -> tuple[str, str] | None:
        """See `SQLiteJournal.campaign_spec`."""
        with self._lock:
            if key is not None:
                row = self._db.execute("SELECT key, spec FROM smskit_campaigns WHERE key = %s", (key,)).fetchone()
                return None if row is None else (row[0], row[1])
            rows = self._db.execute("SELECT key, spec FROM smskit_campaigns ORDER BY created").fetchall()
        if len(rows) > 1:
            raise InputError("key", "ambiguous", f"the journal holds {len(rows)} campaigns: name one")
        return None if not rows else (rows[0][0], rows[0][1])

    def save_campaign(self, key: str, spec: str) -> str:
        """See `SQLiteJournal.save_campaign`."""
        with self._lock, self._db.transaction():
            self._db.execute("INSERT INTO smskit_campaigns VALUES (%s, %s, %s) ON CONFLICT (key) DO NOTHING",
                             (key, spec, time.time()))  # fmt: skip
            row = self._db.execute("SELECT spec FROM smskit_campaigns WHERE key = %s", (key,)).fetchone()
            assert row is not None
            held: str = row[0]
            return held

    def claim_numbers(self, campaign: str, chunk: int, numbers: Sequence[str]) -> dict[str, int]:
        """See `SQLiteJournal.claim_numbers`."""
        with self._lock, self._db.transaction():
            self._db.execute(
                "INSERT INTO smskit_campaign_numbers SELECT %s, n, %s FROM unnest(%s::text[]) AS n "
                "ON CONFLICT DO NOTHING",
                (campaign, chunk, list(numbers)),
            )
            rows = self._db.execute(
                "SELECT number, chunk FROM smskit_campaign_numbers WHERE campaign = %s AND number = ANY(%s)",
                (campaign, list(numbers)),
            ).fetchall()
        return {number: found for number, found in rows}

    def batches(self, key: str) -> dict[int, StoredBatch]:
        """See `SQLiteJournal.batches`."""
        with self._lock:
            rows = self._db.execute(
                "SELECT batch, numbers, reference, results FROM smskit_batches WHERE key = %s", (key,)
            ).fetchall()
        return {i: StoredBatch(tuple(json.loads(n)), ref, res) for i, n, ref, res in rows}

    def close(self) -> None:
        """Close the connection (its advisory locks go with it)."""
        with self._lock:
            self._db.close()


def _connect_error(exc: Exception, dsn: Secret) -> SmsKitError:
    """psycopg's refusal to connect as smskit's, its message without the password: a URL libpq cannot read is
    an InputError, a server it cannot reach a JournalError (a send may try again later)."""
    import psycopg

    message = _without_password(str(exc).strip(), dsn)
    if isinstance(exc, psycopg.ProgrammingError):
        return InputError("journal", "dsn", f"not a PostgreSQL URL libpq can read ({message})")
    return JournalError(f"cannot connect to the journal's PostgreSQL server ({type(exc).__name__}: {message})")


_QUOTED: Final = re.compile(r"\"[^\"]*\"|'[^']*'")


def _without_password(message: str, dsn: Secret) -> str:
    """libpq's message, every quoted token holding part of the password masked. libpq quotes what it cannot
    read (a bad percent escape; the whole URL for an unclosed IPv6 bracket), and a password with an unescaped
    `@` or `/` splits where libpq does not expect, so the host it names holds the rest. Never raises."""
    import urllib.parse

    revealed = dsn.reveal()
    keyword = re.search(r"password\s*=\s*('(?:[^'\\]|\\.)*'|\S+)", revealed)
    # A URL's password: after the user's `:`, up to the last `@` (however many the password holds).
    password = (
        keyword.group(1).strip("'") if keyword else revealed.partition("://")[2].rpartition("@")[0].partition(":")[2]
    )
    forms = {password, urllib.parse.unquote(password)} - {""}
    pieces = {f[i : i + 4] for f in forms for i in range(max(1, len(f) - 3))}  # any 4 characters of it
    shown = _QUOTED.sub(lambda quoted: MASK if any(p in quoted.group() for p in pieces) else quoted.group(), message)
    for form in forms:
        shown = shown.replace(form, MASK)
    return shown


# libpq's key=value connection string ("host=... dbname=..."): no file name starts with a libpq keyword and `=`.
_KEYWORD_DSN: Final = re.compile(r"\s*(host|hostaddr|port|dbname|user|password|passfile|service|sslmode|options)\s*=")


def open_journal(journal: object) -> Journal:
    """The `journal=` client option: a `Journal` as it is, a `postgresql://` DSN as a `PostgresJournal`, a path
    (str or os.PathLike) as a `SQLiteJournal`; a str may come as a `Secret` (the constructors make it one)."""
    if isinstance(journal, str):
        journal = Secret(journal)  # a URL's password in no local of this frame
    if isinstance(journal, Secret):
        if journal.reveal().startswith(("postgresql://", "postgres://")):
            return PostgresJournal(journal)
        if _KEYWORD_DSN.match(journal.reveal()):  # taken for a path, its password would name a file
            raise InputError("journal", "dsn", "a PostgreSQL DSN in key=value form: pass it as a postgresql:// "
                             "URL (postgresql://user:password@host/dbname)")  # fmt: skip
        journal = journal.reveal()  # a path: no secret
    if isinstance(journal, str | os.PathLike):
        import sqlite3

        try:
            return SQLiteJournal(journal)
        except sqlite3.Error as exc:  # a folder that does not exist, a file that is not a database...
            raise InputError("journal", "open", f"cannot open {os.fspath(journal)!r} as a journal ({exc})") from None
    if isinstance(journal, Journal):
        return journal
    raise InputError("journal", "type", f"must be a path or a Journal, got {type(journal).__name__}")


# --- the moment a request leaves ---------------------------------------------------------------------------------
# Set by a keyed send's flow while its batch has not left: called with the request, by `JournalTransport`, right
# before the send request goes on the wire (after the rate limiter's wait, so a batch waiting for its slot is
# not yet "leaving"). A context variable: each batch runs in a task (async) or a pool thread (sync) of its own.
_LEAVING: Final[contextvars.ContextVar[Callable[[httpx.Request], None] | None]] = contextvars.ContextVar(
    "smskit_journal_leaving", default=None
)


def _fire(request: httpx.Request) -> None:
    hook = _LEAVING.get()
    if hook is not None:
        hook(request)


class JournalTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """The innermost transport of a client with a journal: records a keyed batch as leaving at the last moment,
    then hands the request to the client's own transport (or httpx's)."""

    def __init__(self, inner: httpx.BaseTransport | httpx.AsyncBaseTransport | None) -> None:
        self._inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Record, then send (sync)."""
        if self._inner is None:
            from smskit._transport import default_ssl_context

            self._inner = httpx.HTTPTransport(verify=default_ssl_context())
        assert isinstance(self._inner, httpx.BaseTransport)
        _fire(request)
        return self._inner.handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Record, then send (async)."""
        if self._inner is None:
            from smskit._transport import default_ssl_context

            self._inner = httpx.AsyncHTTPTransport(verify=default_ssl_context())
        assert isinstance(self._inner, httpx.AsyncBaseTransport)
        _fire(request)
        return await self._inner.handle_async_request(request)

    def close(self) -> None:
        """Close the inner transport."""
        if isinstance(self._inner, httpx.BaseTransport):
            self._inner.close()

    async def aclose(self) -> None:
        """Close the inner transport (async)."""
        if isinstance(self._inner, httpx.AsyncBaseTransport):
            await self._inner.aclose()


# --- one keyed send --------------------------------------------------------------------------------------------------
def _reference_of(provider: str, request: OperationRequest[object]) -> str | None:
    """The reference a send request carries for its provider, where it takes one of the client's choosing."""
    if provider == "mobyt":
        body = request.kwargs.get("json")
        reference = body.get("order_id") if isinstance(body, dict) else None
        return reference if isinstance(reference, str) else None
    return None


def _in_flight(provider: str, batch: Batch, reference: str | None) -> list[RecipientResult]:
    error = OutcomeUnknownError(
        f"{provider} sendSms: an earlier call under this idempotency key stopped after this batch's request may "
        "have left, before its outcome was written; it was not sent again"
        + (f" (check {reference})" if reference else ""),
        provider=provider, operation="sendSms", reference=reference,
    )  # fmt: skip
    return [RecipientResult(n.e164, "unknown", number=n.e164, error=error, reference=reference) for n in batch.numbers]


class KeyedSend:
    """One call of `send(..., idempotency_key=key)`: what its journal holds, and the flows still to run.

    The client's I/O half drives it (smskit._async.client): `flows()` to run side by side, then `settle()`,
    and `release()` whatever happens."""

    def __init__(self, client: _Common, journal: Journal, plan: SendPlan, key: str) -> None:
        if not isinstance(key, str) or not key or len(key) > 255:
            raise InputError("idempotency_key", "type", "must be a non-empty str of at most 255 characters")
        self.client, self.journal, self.plan, self.key = client, journal, plan, key
        self.provider = client.provider
        self.owner = new_owner()
        stored = journal.claim(key, fingerprint(self.provider, plan), self.provider, self.owner)
        self.stored = stored
        self.outcomes: list[list[RecipientResult] | None] = [None] * len(plan.batches)
        for index, record in stored.items():
            if index >= len(plan.batches) or record.numbers != tuple(n.e164 for n in plan.batches[index].numbers):
                self.release()
                raise InputError("idempotency_key", "batches", f"{key!r}: the journal's batches differ from this "
                                 "send's (another smskit version or default_region?); nothing was sent")  # fmt: skip
            if record.results is not None:
                self.outcomes[index] = load_results(record.numbers, record.results)

    def flows(self, safe_flow: Callable[[Batch], SendFlow]) -> list[Flow[None]]:
        """The flows still to run: each batch never recorded (sent, recorded before and after) and each batch
        left in flight by an earlier call (never sent again: reconciled where the provider allows)."""
        found: list[Flow[None]] = []
        for index, batch in enumerate(self.plan.batches):
            if self.outcomes[index] is not None:
                continue
            record = self.stored.get(index)
            if record is None:
                found.append(self._recorded(index, batch, safe_flow(batch)))
            else:
                found.append(self._reconciled(index, batch, record.reference))
        return found

    def _done(self, index: int, batch: Batch, results: list[RecipientResult]) -> None:
        self.outcomes[index] = results
        # On failure the results still reach the caller; a later call reads this batch as in flight.
        with contextlib.suppress(Exception):
            self.journal.outcome(self.key, index, [n.e164 for n in batch.numbers], dump_results(results))
        settled = getattr(self.client, "_settled", None)  # the on_event hook's BatchSettled, as unkeyed sends tell it
        if settled is not None:
            settled(results)

    def _recorded(self, index: int, batch: Batch, flow: SendFlow) -> Flow[None]:
        """`flow`, with the batch recorded as leaving right before its send request goes (see _LEAVING)."""
        numbers = [n.e164 for n in batch.numbers]
        send_op = self.client._send_operation
        left = [False]
        reference: list[str | None] = [None]

        def leaving(request: httpx.Request) -> None:
            operation = request.extensions.get(OPERATION)
            if left[0] or getattr(operation, "id", None) != send_op:
                return  # a login on the way, or the batch already recorded (a retry, a recipient sent alone)
            self.journal.leaving(self.key, index, numbers, reference[0])  # durable: the request goes next
            left[0] = True

        # A client made without a journal (sending for a campaign that has its own) has no JournalTransport: its
        # batches are recorded as they are handed to the stack, before the rate limiter's wait (one waiting for
        # its slot at a crash then reads as in flight: unknown, never sent twice). With one, the transport fires
        # `leaving` whichever journal the send records in.
        wired = getattr(self.client, "_journal_wired", False)
        try:
            request = next(flow)
            while True:
                if not left[0]:
                    reference[0] = reference[0] or _reference_of(self.provider, request)
                    if not wired:
                        try:
                            self.journal.leaving(self.key, index, numbers, reference[0])
                        except Exception as exc:  # not recorded, so not sent
                            flow.close()
                            error = JournalError(f"the journal could not record this batch ({type(exc).__name__}); "
                                                 "it was not sent")  # fmt: skip
                            results = [RecipientResult(n, "rejected", number=n, error=error) for n in numbers]
                            self._done(index, batch, results)
                            return
                        left[0] = True
                token = _LEAVING.set(leaving)
                try:
                    answer = yield request
                except Exception as exc:
                    _LEAVING.reset(token)
                    request = flow.throw(exc)
                else:
                    _LEAVING.reset(token)
                    request = flow.send(answer)
        except StopIteration as done:
            self._done(index, batch, done.value)

    def _reconciled(self, index: int, batch: Batch, reference: str | None) -> Flow[None]:
        results = _in_flight(self.provider, batch, reference)
        reconcile = getattr(self.client, "_reconcile_flow", None) or _RECONCILE.get(self.provider)
        if reference is not None and reconcile is not None:
            try:
                found: list[RecipientResult] | None = yield from reconcile(self.client, batch, reference)
            except Exception:  # not found, or unreadable: it stays unknown
                found = None
            if found is not None:
                results = found
        self._done(index, batch, results)

    def settle(self, merge: Callable[[SendPlan, Sequence[Sequence[RecipientResult]]], SendResults]) -> SendResults:
        """The merged results (the client's `_settle`); an account-level refusal raised while nothing was sent
        forgets the key, so that the same key sends once the account is fixed."""
        outcomes = [o if o is not None else [] for o in self.outcomes]
        try:
            return merge(self.plan, outcomes)
        except SmsKitError:
            self.release(forget=True)
            raise

    def release(self, *, forget: bool = False) -> None:
        """Give the key up (idempotent); `forget` drops it and its batches."""
        if self.owner:
            owner, self.owner = self.owner, ""
            self.journal.release(self.key, owner, forget=forget)


def _mobyt_reconcile(client: _Common, batch: Batch, reference: str) -> Flow[list[RecipientResult]]:
    """Mobyt: the order's state says, per recipient, what an order left in flight did (see `_Mobyt._attributed`)."""
    from mobyt_client.api import get_sms_state_request

    state = yield get_sms_state_request(reference)
    attributed: Callable[[Batch, str, object], list[RecipientResult]] = client._attributed  # type: ignore[attr-defined]
    return attributed(batch, reference, state)


_RECONCILE: Final[dict[str, Callable[..., Flow[list[RecipientResult]]]]] = {"mobyt": _mobyt_reconcile}


def begin(client: _Common, plan: SendPlan, key: str, journal: Journal | None = None) -> KeyedSend:
    """A keyed send on `client`, in `journal` (a campaign's) or else the client's `journal=`; `InputError` when
    there is neither."""
    if journal is None:
        journal = getattr(client, "_journal", None)
    if journal is None:
        raise InputError("idempotency_key", "journal", "needs a journal: make the client with journal= "
                         "(a path for SQLite, or a Journal)")  # fmt: skip
    return KeyedSend(client, journal, plan, key)
