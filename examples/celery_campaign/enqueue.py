"""The producer side: split a campaign's recipients into batches, enqueue one `send_batch` task per batch, and
collect the batches' results.

    from celery_campaign.enqueue import collect, enqueue_campaign

    batches = enqueue_campaign("spring-sale-2026", numbers, "Spring sale: 20% off today", sender="Shop")
    summary = collect("spring-sale-2026", batches)      # waits; or later, from any process

Or on the command line (one number a line in the file):

    python -m celery_campaign.enqueue spring-sale-2026 numbers.txt --text "Spring sale" --sender Shop --wait

A campaign id names one text and one list of recipients for good: its batch keys are bound to what they sent,
and the journal refuses the same key for another send (InputError, rule `reused`). Enqueuing the same campaign
again (the producer died halfway, or you are not sure it ran) is safe: the same list splits into the same
batches, so the tasks get the same keys, and batches already sent send nothing again.

A campaign that stops progressing with batches left and no worker busy lost a message in the broker (a worker
killed at the wrong instant, see tasks.py): `enqueue_unfinished` (or `--unfinished`) enqueues again only the
batches that have no result yet.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Final, TypedDict

from celery.result import AsyncResult

from .tasks import BatchSummary, app, send_batch

__all__ = [
    "BATCH_SIZE",
    "CampaignSummary",
    "collect",
    "enqueue_campaign",
    "enqueue_unfinished",
    "main",
    "split",
    "task_id",
]

BATCH_SIZE: Final = 50  # recipients per task: a few of the provider's requests (EasySendSMS takes 30 at a time)


def split(recipients: Iterable[str], size: int = BATCH_SIZE) -> list[list[str]]:
    """The recipients in batches of `size`, in order, each listed once (its first place kept: give E.164
    numbers, so that one number written two ways is one). The same list always splits the same way."""
    if size < 1:
        raise ValueError("size must be at least 1")
    unique = list(dict.fromkeys(r.strip() for r in recipients if r.strip()))
    return [unique[start : start + size] for start in range(0, len(unique), size)]


def task_id(campaign_id: str, batch_index: int) -> str:
    """A batch's task id: the same for every enqueuing of it, so its result is found under one id."""
    return f"{campaign_id}:{batch_index}"


def enqueue_campaign(
    campaign_id: str, recipients: Iterable[str], text: str, *, sender: str | None = None, size: int = BATCH_SIZE
) -> int:
    """Enqueue one `send_batch` task per batch of `recipients`; the number of batches (for `collect`)."""
    batches = split(recipients, size)
    for index, batch in enumerate(batches):
        _enqueue(campaign_id, index, batch, text, sender)
    return len(batches)


def enqueue_unfinished(
    campaign_id: str, recipients: Iterable[str], text: str, *, sender: str | None = None, size: int = BATCH_SIZE
) -> list[int]:
    """Enqueue again every batch of the campaign with no result yet (the same arguments as `enqueue_campaign`);
    their indexes. Use it when the campaign stopped progressing: a batch whose message is still queued or
    running then runs twice, which sends nothing twice but costs a task."""
    batches = split(recipients, size)
    left = [i for i in range(len(batches)) if not AsyncResult(task_id(campaign_id, i), app=app).ready()]
    for index in left:
        _enqueue(campaign_id, index, batches[index], text, sender)
    return left


def _enqueue(campaign_id: str, index: int, batch: list[str], text: str, sender: str | None) -> None:
    send_batch.apply_async(args=(campaign_id, index, batch, text), kwargs={"sender": sender},
                           task_id=task_id(campaign_id, index))  # fmt: skip


class CampaignSummary(TypedDict):
    """What `collect` returns: the counts, and every batch's rows in the campaign's order."""

    campaign: str
    batches: int
    accepted: int
    rejected: int
    unknown: int
    results: list[dict[str, object]]


def collect(campaign_id: str, batches: int, *, timeout: float | None = None) -> CampaignSummary:
    """Wait for every batch of a campaign; its counts and one row per recipient, in the campaign's order.

    A batch that failed (an account refusal, a key reused for another send) raises its error here: nothing of
    that batch's failing attempt was sent; fix the cause and enqueue the campaign again. `timeout` bounds the
    wait for each batch (celery.exceptions.TimeoutError): with no worker busy, `enqueue_unfinished`."""
    found: list[BatchSummary] = []
    for index in range(batches):
        result: AsyncResult[BatchSummary] = AsyncResult(task_id(campaign_id, index), app=app)
        found.append(result.get(timeout=timeout))
    return CampaignSummary(campaign=campaign_id, batches=batches, accepted=sum(b["accepted"] for b in found),
                           rejected=sum(b["rejected"] for b in found), unknown=sum(b["unknown"] for b in found),
                           results=[row for b in found for row in b["results"]])  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    """Enqueue a campaign from a file of numbers; with --wait, print each result as a JSON line."""
    parser = argparse.ArgumentParser(prog="python -m celery_campaign.enqueue", description=main.__doc__)
    parser.add_argument("campaign_id")
    parser.add_argument("numbers", type=Path, help="a text file, one number a line")
    parser.add_argument("--text", required=True)
    parser.add_argument("--sender")
    parser.add_argument("--size", type=int, default=BATCH_SIZE, help="recipients per task")
    parser.add_argument(
        "--unfinished",
        action="store_true",
        help="enqueue only the batches with no result yet (a campaign that stopped progressing)",
    )
    parser.add_argument("--wait", action="store_true", help="wait for every batch and print the results")
    options = parser.parse_args(argv)
    numbers = options.numbers.read_text(encoding="utf-8").splitlines()
    if options.unfinished:
        left = enqueue_unfinished(options.campaign_id, numbers, options.text, sender=options.sender,
                                  size=options.size)  # fmt: skip
        batches = len(split(numbers, options.size))
        print(f"{options.campaign_id}: {len(left)} of {batches} batch(es) enqueued again", file=sys.stderr)
    else:
        batches = enqueue_campaign(options.campaign_id, numbers, options.text, sender=options.sender,
                                   size=options.size)  # fmt: skip
        print(f"{options.campaign_id}: {batches} batch(es) enqueued", file=sys.stderr)
    if not options.wait:
        return 0
    summary = collect(options.campaign_id, batches)
    for row in summary["results"]:
        print(json.dumps(row))
    print(f"accepted {summary['accepted']}, rejected {summary['rejected']}, unknown {summary['unknown']}"
          " (unknown: may have been texted; never re-sent)", file=sys.stderr)  # fmt: skip
    return 4 if summary["unknown"] else 3 if summary["rejected"] else 0


if __name__ == "__main__":
    sys.exit(main())
