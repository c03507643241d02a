"""The I/O-free half of smskit.campaign: the campaign's journal protocol, its rows, CSV source and `CampaignBase`."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Final, NamedTuple, Protocol

from smskit._exceptions import InputError
from smskit._results import RecipientResult
from smskit._secret import Secret
from smskit.journal import Journal, StoredBatch, load_results, open_journal

if TYPE_CHECKING:
    from smskit._base import SendPlan, _Common

__all__ = ["COLUMNS", "CampaignBase", "CampaignJournal", "Progress", "result_row", "resume_spec"]

COLUMNS: Final = ("to", "phone", "number", "mobile", "recipient")
"""The column names read as a CSV's recipients when none is named (the first found; else the first column)."""
_CHUNKS_IN_FLIGHT: Final = 8  # a chunk is this many requests' worth for each batch in flight
_SAME: Final = ("provider", "text", "sender", "schedule_at", "chunk_size", "source")  # a key's campaign, rerun


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


class CampaignBase:
    """What a campaign is, without I/O: its source, key, chunking and journal; `Campaign` and `AsyncCampaign`
    (smskit._async.campaign, its sync twin generated) run it. See smskit.campaign."""

    _client_type: ClassVar[type[_Common]]  # the clients the running class can send with
    _factory: ClassVar[str]  # the smskit function that makes one

    def __init__(
        self,
        client: _Common,
        recipients: Iterable[str] | os.PathLike[str],
        text: str,
        *,
        journal: str | os.PathLike[str] | Secret | Journal | None = None,
        key: str | None = None,
        sender: str | None = None,
        schedule_at: dt.datetime | None = None,
        column: str | None = None,
        chunk_size: int | None = None,
        progress: Callable[[Progress], None] | None = None,
    ) -> None:
        journal = Secret(journal) if isinstance(journal, str) else journal  # first: a URL's password in no frame
        if not isinstance(client, self._client_type):  # a sync client in an async campaign, or the other way
            raise InputError("client", "kind", f"{type(self).__name__} runs on a client of smskit.{self._factory}"
                             f"(...), not {type(client).__name__}: nothing was sent")  # fmt: skip
        client._check_open()
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
        self.accepted = self.rejected = self.unknown = self.done = 0
        # The journal is opened last, so that only a refusal of the journal itself can come after: a journal
        # opened here (a path or DSN) is the campaign's, closed by `close()` and on that refusal.
        found = client._journal if journal is None else open_journal(journal)
        self._opened = None if journal is None or found is journal else found
        try:
            self.journal: CampaignJournal = self._keeping_campaigns(found)
            held = json.loads(self.journal.save_campaign(key, json.dumps(spec)))
            if {k: held.get(k) for k in _SAME} != {k: spec[k] for k in _SAME}:
                raise InputError("key", "reused", f"campaign {key!r} in this journal is another campaign (another "
                                 "provider, text, sender, schedule, source or chunk size)")  # fmt: skip
        except BaseException:
            self._close_journal()
            raise

    @staticmethod
    def _keeping_campaigns(journal: Journal | None) -> CampaignJournal:
        if journal is None:
            raise InputError("journal", "required", "a campaign needs a journal: journal= here or on the client")
        for needed in ("save_campaign", "claim_numbers", "batches"):
            if not callable(getattr(journal, needed, None)):
                raise InputError("journal", "type", f"{type(journal).__name__} keeps no campaigns (no {needed})")
        return journal  # type: ignore[return-value]  # checked just above

    def _close_journal(self) -> None:
        """Close the journal the campaign opened (from a path or DSN); one it was given stays its owner's."""
        if self._opened is not None:
            self._opened.close()

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

    def _owned(self, index: int, raws: list[str]) -> tuple[SendPlan, dict[str, int], SendPlan | None]:
        """A chunk's plan, each number's first chunk, and the plan of what this chunk sends itself (None: nothing,
        every number came in an earlier chunk)."""
        client = self.client
        try:
            plan = client.plan(raws, self.text, self.sender, self.schedule_at)
        except InputError as exc:
            raise _in_source(exc, index * self.chunk_size) from None
        numbers = list(dict.fromkeys(n.e164 for n in plan.numbers if n is not None))
        owners = self.journal.claim_numbers(self.key, index, numbers)
        own = [raw for raw, n in zip(raws, plan.numbers, strict=True) if n is None or owners[n.e164] == index]
        if not own:
            return plan, owners, None
        # The chunk's own recipients (all of it, unless some came in an earlier chunk): one keyed send in the
        # campaign's journal, `send(own, ..., idempotency_key=)` with the journal passed, not the client's.
        mine = plan if len(own) == len(raws) else client.plan(own, self.text, self.sender, self.schedule_at)
        return plan, owners, mine

    def _merged(
        self,
        index: int,
        raws: list[str],
        plan: SendPlan,
        owners: dict[str, int],
        sent: Iterator[RecipientResult],
        cache: dict[int, dict[str, RecipientResult]],
    ) -> list[RecipientResult]:
        """One result per raw recipient, in order: its own send's, or its earlier chunk's."""
        first = index * self.chunk_size  # the chunk's place in the source: a refused recipient is named by it
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
            results.append(earlier._replace(recipient=raw, provider=self.client.provider))
        return results

    def _counted(self, result: RecipientResult) -> RecipientResult:
        self.done += 1
        if result.status == "accepted":
            self.accepted += 1
        elif result.status == "rejected":
            self.rejected += 1
        else:
            self.unknown += 1
        return result

    def _report(self, total: int | None) -> None:
        if self.progress is not None:
            self.progress(Progress(self.done, total, self.accepted, self.rejected, self.unknown))

    def _final(self) -> Progress:
        return Progress(self.done, self.done, self.accepted, self.rejected, self.unknown)


def resume_spec(journal: CampaignJournal, key: str | None = None) -> tuple[str, dict[str, object]]:
    """The campaign a journal holds (`key`, else its only one): its key and spec (provider, base_url, text,
    sender, schedule_at, source, chunk_size)."""
    found = journal.campaign_spec(key)
    if found is None:
        raise InputError("journal", "empty", "the journal holds no campaign" + (f" {key!r}" if key else ""))
    spec: dict[str, object] = json.loads(found[1])
    return found[0], spec
