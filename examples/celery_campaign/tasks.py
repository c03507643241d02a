"""The worker side: a Celery app on Redis, and `send_batch`, one batch of a campaign per task, sent through
smskit's journal under the idempotency key `<campaign id>:<batch index>`.

    celery -A celery_campaign.tasks worker --concurrency 4 --pool prefork

Settings, all from the environment (the provider's credentials and base URL as the clients read them, e.g.
EASYSENDSMS_API_KEY; see the docs' recipe page):

    CELERY_BROKER_URL          redis://127.0.0.1:6379/0
    CELERY_RESULT_BACKEND      redis://127.0.0.1:6379/1
    SMSKIT_PROVIDER            easysendsms, transmitsms, ... (required)
    SMSKIT_JOURNAL             postgresql://user:password@host/db (required: the journal every worker shares)
    CELERY_VISIBILITY_TIMEOUT  seconds before Redis gives an unacknowledged task to another worker (3600)
    CAMPAIGN_RETRY_DELAY       seconds before a task runs again after a transient failure (30; doubled per attempt)

Celery delivers a task at least once: after a worker dies its task runs again, and a producer that enqueues a
batch twice runs it twice. Each run is harmless, because `send()` with an idempotency key asks the journal
first: a batch whose outcome is recorded is not sent again (its results come back as stored), a batch recorded
as leaving without an outcome (its worker died with the request out) is never sent again (its recipients come
back `unknown`), and only a batch that provably never left is sent now.

With Redis as the broker, "at least once" has one gap: kombu's Redis transport takes a message off the queue and
then records it as unacknowledged, and a worker killed between the two loses it outright (celery/celery#7950).
That batch never runs, and its result never comes: `enqueue.enqueue_unfinished` enqueues such batches again.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Sequence
from typing import Final, TypedDict

import psycopg
from celery import Celery, Task

import smskit
from smskit.campaign import result_row
from smskit.journal import JournalError, PostgresJournal, SendInProgressError

__all__ = ["MAX_ATTEMPTS", "BatchSummary", "app", "batch_key", "make_client", "retryable", "send_batch"]

BROKER_URL: Final = os.environ.get("CELERY_BROKER_URL", "redis://127.0.0.1:6379/0")
RESULT_BACKEND: Final = os.environ.get("CELERY_RESULT_BACKEND", "redis://127.0.0.1:6379/1")
VISIBILITY_TIMEOUT: Final = float(os.environ.get("CELERY_VISIBILITY_TIMEOUT", "3600"))
RETRY_DELAY: Final = float(os.environ.get("CAMPAIGN_RETRY_DELAY", "30"))
MAX_ATTEMPTS: Final = 5  # sends of a batch's retryable rejections (the first included), each under its own key
JOURNAL_WAIT: Final = 5.0  # seconds a task waits for a key another worker holds, before retrying later

app = Celery("celery_campaign", broker=BROKER_URL, backend=RESULT_BACKEND)
app.conf.update(
    # Acknowledge a task's message once the task has *finished*, not when a worker takes it: a worker that dies
    # mid-task (SIGKILL, the OOM killer, a machine lost) leaves its message unacknowledged, and the broker gives
    # it to another worker. That makes delivery at-least-once; the journal makes the second run harmless.
    task_acks_late=True,
    # When a pool process dies under a task but its worker lives (the OOM killer, a segfault), requeue the
    # message. Celery's default is to acknowledge it and record WorkerLostError: the batch would never finish.
    task_reject_on_worker_lost=True,
    # Each pool process reserves one message at a time: a worker that dies holds back only the tasks it was
    # running, not a prefetched backlog that would wait out the visibility timeout as well.
    worker_prefetch_multiplier=1,
    broker_transport_options={
        # Redis has no acknowledgements of its own: a message taken and not acknowledged for this long goes back
        # to the queue. Make it longer than any task runs and than any retry's countdown (a task waiting for its
        # countdown is held unacknowledged): a shorter one is still safe, it only costs a redundant run.
        "visibility_timeout": VISIBILITY_TIMEOUT,
        # How often a worker looks for such abandoned messages (also at its start).
        "unacked_restore_interval": max(1.0, min(10.0, VISIBILITY_TIMEOUT / 4)),
        "unacked_restore_throttle": 1,
        # That sweep runs under a lock in Redis; a worker SIGKILLed while holding it blocks every sweep until the
        # lock expires (kombu's default: 300 s). The sweep itself takes milliseconds: let the lock go sooner.
        "unacked_mutex_expire": int(max(1.0, min(300.0, VISIBILITY_TIMEOUT))),
    },
    # A send in progress when the broker connection drops runs to its end and writes its outcome to the journal;
    # the copy the broker redelivers then returns the stored results. (True would stop it mid-batch: unknowns.)
    worker_cancel_long_running_tasks_on_connection_loss=False,
    broker_connection_retry_on_startup=True,
    task_serializer="json",
    result_serializer="json",
    accept_content=["json"],
    task_track_started=True,
    result_expires=7 * 24 * 3600,
)

log = logging.getLogger(__name__)

# Rejected, so provably not sent, for a reason that may pass: no connection, rate limited, the provider down or
# failing before it processed anything, the journal unwritable. A number, sender or text refused is final.
_RETRYABLE: Final = (smskit.ConnectError, smskit.RateLimitedError, smskit.UnavailableError,
                     smskit.ProviderInternalError, JournalError)  # fmt: skip


def retryable(result: smskit.RecipientResult) -> bool:
    """Whether a result is a rejection worth sending again later (never true of `unknown`)."""
    return result.status == "rejected" and isinstance(result.error, _RETRYABLE)


def batch_key(campaign_id: str, batch_index: int, attempt: int = 0) -> str:
    """The idempotency key of one attempt at one batch: `<campaign>:<batch>`, then `...:retry<n>`."""
    return f"{campaign_id}:{batch_index}" + (f":retry{attempt}" if attempt else "")


def make_client() -> smskit.SmsClient:
    """A client of SMSKIT_PROVIDER on the journal SMSKIT_JOURNAL (credentials from the environment)."""
    provider = os.environ.get("SMSKIT_PROVIDER", "")
    dsn = smskit.Secret(os.environ.get("SMSKIT_JOURNAL", ""))  # its password in no frame an error tracker records
    if provider not in smskit.PROVIDERS or not dsn.reveal().startswith(("postgresql://", "postgres://")):
        raise RuntimeError("set SMSKIT_PROVIDER (a provider id) and SMSKIT_JOURNAL (a postgresql:// URL)")
    # PostgreSQL: every worker on every machine shares the keys; a worker that dies loses its connection, and
    # with it the key's lock. A claim waits JOURNAL_WAIT seconds for a key another worker holds, then this
    # task retries later (SendInProgressError) instead of blocking its pool process.
    made: smskit.SmsClient = smskit.client(provider, journal=PostgresJournal(dsn, wait=JOURNAL_WAIT))  # narrowed
    return made


_client: tuple[int, smskit.SmsClient] | None = None


def client() -> smskit.SmsClient:
    """This process's client, made on first use: in the pool process, after the fork (a database connection
    must not be shared across one)."""
    global _client
    if _client is None or _client[0] != os.getpid():
        _client = (os.getpid(), make_client())
    return _client[1]


def _drop_client() -> None:
    """Forget this process's client (its journal connection broke): the next run makes a new one."""
    global _client
    if _client is not None and _client[0] == os.getpid():
        with contextlib.suppress(Exception):  # a client whose connection is gone may fail to close it
            _client[1].close()
    _client = None


class BatchSummary(TypedDict):
    """What `send_batch` returns (JSON, through the result backend)."""

    campaign: str
    batch: int
    keys: list[str]  # the idempotency keys it sent under: `<campaign>:<batch>`, then `...:retry<n>`
    accepted: int
    rejected: int
    unknown: int  # may have been texted: never sent again (check with the provider before sending them anything)
    results: list[dict[str, object]]  # one per recipient, in order (`smskit.campaign.result_row`)


def _summary(campaign_id: str, batch_index: int, keys: Sequence[str], rows: list[dict[str, object]]) -> BatchSummary:
    def count(status: str) -> int:
        return sum(r["status"] == status for r in rows)

    return BatchSummary(campaign=campaign_id, batch=batch_index, keys=list(keys), accepted=count("accepted"),
                        rejected=count("rejected"), unknown=count("unknown"), results=rows)  # fmt: skip


@app.task(bind=True, name="celery_campaign.send_batch", max_retries=50)
def send_batch(
    self: Task[..., BatchSummary],
    campaign_id: str,
    batch_index: int,
    recipients: list[str],
    text: str,
    sender: str | None = None,
    attempt: int = 0,
) -> BatchSummary:
    """Send batch `batch_index` of campaign `campaign_id`; safe to run any number of times.

    Returns (JSON) the campaign and batch, the keys sent under, the counts and one row per recipient, in order
    (`smskit.campaign.result_row`: recipient, status, number, message_id, reference, error). A recipient
    `unknown` may have been texted: it is never sent again, by this task or a re-run; check it with the
    provider (its `reference`, or your delivery reports) before you send it anything again yourself.

    Attempt `n` (a retry of recipients rejected for a passing reason) re-reads attempts 0..n-1 from the journal,
    which sends nothing, so every run of every attempt computes the same recipients for the same key."""
    rows: list[dict[str, object]] = [{} for _ in recipients]
    pending = list(range(len(recipients)))  # the positions the next attempt sends
    waits: list[float] = []  # the waits the provider asked for, of the rejections to retry
    keys: list[str] = []
    try:
        sms = client()
        for n in range(attempt + 1):
            keys.append(batch_key(campaign_id, batch_index, n))
            results = sms.send([recipients[i] for i in pending], text, sender, idempotency_key=keys[-1])
            for i, result in zip(pending, results, strict=True):
                rows[i] = result_row(result)
            again = [(i, r) for i, r in zip(pending, results, strict=True) if retryable(r)]
            pending = [i for i, _ in again]
            waits = [float(getattr(r.error, "retry_after", None) or 0) for _, r in again]
            if not pending:
                break
    except (SendInProgressError, JournalError, psycopg.Error, OSError) as exc:
        # Another worker is sending this key now (a duplicate delivery), or the journal is unreachable: this run
        # sent nothing it will not find in the journal next time. Run the same attempt again later.
        if not isinstance(exc, SendInProgressError):
            _drop_client()
        raise self.retry(exc=exc, countdown=RETRY_DELAY) from None
    # Account-level refusals (AuthenticationError, InsufficientCreditError, ...) and InputError propagate: the
    # task fails having sent nothing of that attempt; enqueue the campaign again once it is fixed.
    if pending and attempt + 1 < MAX_ATTEMPTS and self.request.retries < (self.max_retries or 0):
        # Only the retryable rejections go, under the next attempt's key, once the provider's wait has passed.
        raise self.retry(args=(campaign_id, batch_index, recipients, text),
                         kwargs={"sender": sender, "attempt": attempt + 1},
                         countdown=max([RETRY_DELAY * 2**attempt, *waits]))  # fmt: skip
    summary = _summary(campaign_id, batch_index, keys, rows)
    if summary["unknown"]:
        # Named by key only: no number or text in a log line.
        log.warning("%s: %s recipient(s) unknown: the provider may have taken them; they are not sent again",
                    keys[0], summary["unknown"])  # fmt: skip
    return summary
