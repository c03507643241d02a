"""Bulk campaigns: one text to any number of recipients, memory bounded, resumable after a crash.

    from smskit.campaign import campaign

    sms = smskit.client("easysendsms", api_key="...", journal="camp.db")
    run = campaign(sms, Path("customers.csv"), "Sale today", sender="Shop", progress=print)
    for result in run:              # streamed, in the source's order: one per recipient
        ...
    run.write_jsonl(sys.stdout)     # or: one JSON object a line

The recipients come from any iterable of str (then name the campaign: `key=`) or a CSV file (a `Path`; its
`column`, else the first named to / phone / number / mobile / recipient, else the first). They are read a chunk
at a time (`chunk_size`, by default 8 requests' worth per batch in flight); each chunk is a durable send of its
own (`send(..., idempotency_key="<key>#<chunk>")`, see `smskit.journal`) and the journal remembers which chunk
each number first came in, so a number listed twice is texted once and both get its result. Run the same
campaign again (same client provider, source, text and journal: `smskit resume camp.db` on the command line)
and it sends only what provably never left, streaming every result again. The client's rate limit paces it.

A refusal about the account while a chunk sent nothing (`AuthenticationError`, `InsufficientCreditError`, ...)
stops the campaign there, raised from the iterator; resumed once fixed, it carries on from that chunk.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Final, NamedTuple, Protocol

from smskit._exceptions import InputError
from smskit._results import RecipientResult
from smskit.journal import Journal, StoredBatch, load_results, open_journal

if TYPE_CHECKING:
    from smskit._sync.client import ClientBase

__all__ = ["COLUMNS", "Campaign", "CampaignJournal", "Progress", "campaign", "result_row"]

COLUMNS: Final = ("to", "phone", "number", "mobile", "recipient")
"""The column names read as a CSV's recipients when none is named (the first found; else the first column)."""
_CHUNKS_IN_FLIGHT: Final = 8  # a chunk is this many requests' worth for each batch in flight


class CampaignJournal(Journal, Protocol):
    """A journal that also keeps campaigns (`SQLiteJournal` does)."""

    def campaign_spec(self, key: str | None = None) -> tuple[str, str] | None:
        """The campaign `key` (the only one when None) as (key, JSON spec), or None."""
        ...

    def save_campaign(self, key: str, spec: str) -> str:
        """Record the campaign unless it is there; the spec the journal holds."""
        ...

    def claim_numbers(self, campaign: str, chunk: int, numbers: Sequence[str]) -> dict[str, int]:
        """Each number's first chunk in the campaign (`chunk` for those first seen now)."""
        ...

    def batches(self, key: str) -> dict[int, StoredBatch]:
        """The batches stored for a keyed send."""
        ...


class Progress(NamedTuple):
    """How far a campaign is: recipients done (of `total`, when the source's size is known) and by status."""

    done: int
    total: int | None
    accepted: int
    rejected: int
    unknown: int


def result_row(result: RecipientResult) -> dict[str, object]:
    """A result as one JSON line writes it (the error by type, message and the provider's code)."""
    error = result.error
    described = None if error is None else {"type": type(error).__name__, "message": str(error),
                                            "code": getattr(error, "code", None)}  # fmt: skip
    return {"recipient": result.recipient, "status": result.status, "number": result.number,
            "message_id": result.message_id, "reference": result.reference, "error": described}  # fmt: skip


def _csv_column(fields: Sequence[str], column: str | None) -> str:
    name = column or next((f for f in fields if f.strip().lower() in COLUMNS), fields[0] if fields else None)
    if name is None or name not in fields:
        raise InputError("column", "missing", f"no column {name!r} in the CSV (it has {', '.join(fields)})")
    return name


def _read_csv(path: Path, column: str | None) -> Iterator[str]:
    with path.open(encoding="utf-8", newline="") as table:
        reader = csv.DictReader(table)
        name = _csv_column(list(reader.fieldnames or []), column)
        for row in reader:
            value = (row.get(name) or "").strip()
            if value:
                yield value


def _count_csv(path: Path, column: str | None) -> int:
    return sum(1 for _ in _read_csv(path, column))


def _in_source(error: InputError, first: int) -> InputError:
    """A chunk's refusal of its recipient `to[i]` as the source's `to[first + i]`; any other as it is."""
    place = error.field.removeprefix("to[").removesuffix("]")
    return error.at(f"to[{first + int(place)}]") if place.isdigit() and error.field != place else error


def _digest(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, default=str).encode("utf-8", "surrogatepass")).hexdigest()


class Campaign:
    """A campaign of `text` to `recipients` (an iterable of str, or a CSV file's Path) on a sync `client`, through
    `journal` (or else the client's own): iterate it for the results (streamed, in order), or `write_jsonl`.
    See the module.

    The campaign keeps its journal: each chunk is a keyed send in it, and the client is left as it was (its
    own sends keep its own journal, or none)."""

    def __init__(
        self,
        client: ClientBase,
        recipients: Iterable[str] | os.PathLike[str],
        text: str,
        *,
        journal: str | os.PathLike[str] | Journal | None = None,
        key: str | None = None,
        sender: str | None = None,
        schedule_at: dt.datetime | None = None,
        column: str | None = None,
        chunk_size: int | None = None,
        progress: Callable[[Progress], None] | None = None,
    ) -> None:
        from smskit._sync.client import ClientBase  # at run time here: smskit.campaign is imported on its own

        if not isinstance(client, ClientBase):  # an async client's sends are coroutines: nothing would go out
            raise InputError("client", "sync", f"a campaign runs on a sync client (smskit.client(...)), not "
                             f"{type(client).__name__}: nothing was sent")  # fmt: skip
        found = client._journal if journal is None else open_journal(journal)
        if found is None:
            raise InputError("journal", "required", "a campaign needs a journal: journal= here or on the client")
        for needed in ("save_campaign", "claim_numbers", "batches"):
            if not callable(getattr(found, needed, None)):
                raise InputError("journal", "type", f"{type(found).__name__} keeps no campaigns (no {needed})")
        self.journal: CampaignJournal = found  # type: ignore[assignment]  # checked just above
        self.client, self.text, self.sender, self.schedule_at, self.progress = (
            client,
            text,
            sender,
            schedule_at,
            progress,
        )
        if isinstance(recipients, str | bytes):
            raise InputError("recipients", "type", "must be an iterable of str, or a pathlib.Path of a CSV file")
        op_batch = client._send_op.batch
        per_batch = op_batch.max if op_batch is not None else 1
        self.chunk_size = chunk_size or per_batch * client.concurrency * _CHUNKS_IN_FLIGHT
        if not isinstance(self.chunk_size, int) or self.chunk_size < 1:
            raise InputError("chunk_size", "minimum", "must be a positive int")
        source: dict[str, object]
        if isinstance(recipients, os.PathLike):
            self.path: Path | None = Path(recipients).resolve()
            self._recipients: Iterable[str] | None = None
            self.column = column
            source = {"csv": str(self.path), "column": column}
            _csv_column(self._fields(), column)  # a missing column is refused before anything is sent
        else:
            self.path, self._recipients, self.column = None, recipients, None
            source = {"iterable": True}
        schedule = None if schedule_at is None else schedule_at.isoformat()
        if key is None:
            if self.path is None:
                raise InputError("key", "required", "name a campaign read from an iterable: key=")
            key = "campaign-" + _digest(client.provider, source, text, sender, schedule)[:16]
        self.key = key
        spec = {"provider": client.provider, "base_url": client.base_url, "text": text, "sender": sender,
                "schedule_at": schedule, "source": source, "chunk_size": self.chunk_size}  # fmt: skip
        held = json.loads(self.journal.save_campaign(key, json.dumps(spec)))
        if {k: held.get(k) for k in ("provider", "text", "sender", "schedule_at", "chunk_size", "source")} != {
            k: spec[k] for k in ("provider", "text", "sender", "schedule_at", "chunk_size", "source")
        }:
            raise InputError("key", "reused", f"campaign {key!r} in this journal is another campaign (another "
                             "provider, text, sender, schedule, source or chunk size)")  # fmt: skip
        self.accepted = self.rejected = self.unknown = self.done = 0

    def _fields(self) -> list[str]:
        assert self.path is not None
        with self.path.open(encoding="utf-8", newline="") as table:
            return list(csv.DictReader(table).fieldnames or [])

    def _source(self) -> Iterator[str]:
        if self.path is not None:
            return _read_csv(self.path, self.column)
        assert self._recipients is not None
        return iter(self._recipients)

    def _total(self) -> int | None:
        if self.path is not None:
            return _count_csv(self.path, self.column)
        return len(self._recipients) if isinstance(self._recipients, Sequence) else None

    def _earlier(self, chunk: int, cache: dict[int, dict[str, RecipientResult]]) -> dict[str, RecipientResult]:
        """The results of an earlier chunk by number (for a number listed again later)."""
        found = cache.get(chunk)
        if found is None:
            found = {}
            for stored in self.journal.batches(f"{self.key}#{chunk}").values():
                if stored.results is not None:
                    found.update((r.number or "", r) for r in load_results(stored.numbers, stored.results))
            if len(cache) >= 4:
                cache.pop(next(iter(cache)))
            cache[chunk] = found
        return found

    def _chunk(
        self, index: int, raws: list[str], cache: dict[int, dict[str, RecipientResult]]
    ) -> list[RecipientResult]:
        client = self.client
        first = index * self.chunk_size  # the chunk's place in the source: a refused recipient is named by it
        try:
            plan = client.plan(raws, self.text, self.sender, self.schedule_at)
        except InputError as exc:
            raise _in_source(exc, first) from None
        numbers = list(dict.fromkeys(n.e164 for n in plan.numbers if n is not None))
        owners = self.journal.claim_numbers(self.key, index, numbers)
        own = [raw for raw, n in zip(raws, plan.numbers, strict=True) if n is None or owners[n.e164] == index]
        sent: Iterator[RecipientResult] = iter(())
        if own:
            # The chunk's own recipients (all of it, unless some came in an earlier chunk) as one keyed send in
            # the campaign's journal: `send(own, ..., idempotency_key=)` with the journal passed, not the client's.
            mine = plan if len(own) == len(raws) else client.plan(own, self.text, self.sender, self.schedule_at)
            client._check_open()
            sent = iter(client._send_keyed(mine, f"{self.key}#{index}", None, self.journal))
        results: list[RecipientResult] = []
        for position, (raw, number) in enumerate(zip(raws, plan.numbers, strict=True)):
            if number is None:  # refused as given: `to[<its place in the source>]`, not in its chunk's send
                results.append(next(sent)._replace(error=_in_source(plan.rejected[position], first)))
                continue
            if owners[number.e164] == index:
                results.append(next(sent))
                continue
            earlier = self._earlier(owners[number.e164], cache).get(number.e164)
            if earlier is None:  # its chunk holds no outcome for it: it may have left
                raise InputError("recipients", "changed", f"campaign {self.key!r}: the source changed since the "
                                 "campaign started; nothing more was sent")  # fmt: skip
            results.append(earlier._replace(recipient=raw, provider=client.provider))
        return results

    def __iter__(self) -> Iterator[RecipientResult]:
        total = self._total() if self.progress is not None else None
        source = self._source()
        cache: dict[int, dict[str, RecipientResult]] = {}
        index = 0
        while True:
            raws = list(islice(source, self.chunk_size))
            if not raws:
                return
            for result in self._chunk(index, raws, cache):
                self.done += 1
                if result.status == "accepted":
                    self.accepted += 1
                elif result.status == "rejected":
                    self.rejected += 1
                else:
                    self.unknown += 1
                yield result
            if self.progress is not None:
                self.progress(Progress(self.done, total, self.accepted, self.rejected, self.unknown))
            index += 1

    def write_jsonl(self, out: IO[str]) -> Progress:
        """Run the campaign, writing one JSON object a line per recipient; the final counts."""
        for result in self:
            out.write(json.dumps(result_row(result), default=str) + "\n")
        return Progress(self.done, self.done, self.accepted, self.rejected, self.unknown)


campaign: Final = Campaign
"""`campaign(client, recipients, text, *, journal=None, key=None, ...)`: a `Campaign` (the class, under the name the
module's examples call; one signature, `Campaign`'s)."""


def resume_spec(journal: CampaignJournal, key: str | None = None) -> tuple[str, dict[str, object]]:
    """The campaign a journal holds (`key`, else its only one): its key and spec (provider, base_url, text,
    sender, schedule_at, source, chunk_size)."""
    found = journal.campaign_spec(key)
    if found is None:
        raise InputError("journal", "empty", "the journal holds no campaign" + (f" {key!r}" if key else ""))
    spec: dict[str, object] = json.loads(found[1])
    return found[0], spec
