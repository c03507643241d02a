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

A journal the campaign opened (`journal=` a path or a PostgreSQL URL) is the campaign's: `run.close()`, or
`with campaign(...) as run:`, closes it (a client closes a journal it opened the same way); a journal given as
an object, or the client's, stays open.

An async client runs `async_campaign(...)` (an `AsyncCampaign`) the same way: `async for result in run`,
`await run.write_jsonl(out)` and `async with`.
"""

from typing import Final

from smskit._async.campaign import AsyncCampaign
from smskit._campaign import COLUMNS, CampaignJournal, Progress, result_row, resume_spec
from smskit._sync.campaign import Campaign

__all__ = ["COLUMNS", "AsyncCampaign", "Campaign", "CampaignJournal", "Progress", "async_campaign", "campaign",
           "result_row", "resume_spec"]  # fmt: skip

campaign: Final = Campaign
"""`campaign(client, recipients, text, *, journal=None, key=None, ...)`: a `Campaign` (the class, under the name the
module's examples call; one signature, `Campaign`'s)."""

async_campaign: Final = AsyncCampaign
"""`async_campaign(async_client, recipients, text, ...)`: an `AsyncCampaign`, `campaign`'s twin."""
