"""A campaign's I/O half: chunk by chunk, each chunk a keyed send in the campaign's journal, the results streamed
(see smskit.campaign)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from itertools import islice
from typing import IO, ClassVar, Self

from smskit._async.client import AsyncClientBase
from smskit._campaign import CampaignBase, Progress, result_row
from smskit._results import RecipientResult

__all__ = ["AsyncCampaign"]


class AsyncCampaign(CampaignBase):
    """A campaign of `text` to `recipients` (an iterable of str, or a CSV file's Path) on `client`, through
    `journal` (or else the client's own): iterate it for the results (streamed, in order), or `write_jsonl`.
    See smskit.campaign.

    The campaign keeps its journal: each chunk is a keyed send in it, and the client is left as it was (its
    own sends keep its own journal, or none)."""

    _client_type: ClassVar[type[AsyncClientBase]] = AsyncClientBase
    _factory: ClassVar[str] = "async_client"
    client: AsyncClientBase

    async def aclose(self) -> None:
        """Close the journal the campaign opened (`journal=` a path or DSN); a journal given as an object, or the
        client's, stays open. The campaign can be run again only with a journal still open."""
        self._close_journal()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def _chunk(
        self, index: int, raws: list[str], cache: dict[int, dict[str, RecipientResult]]
    ) -> list[RecipientResult]:
        self.client._check_open()
        plan, owners, mine = self._owned(index, raws)
        sent: list[RecipientResult] = []
        if mine is not None:
            sent = await self.client._send_keyed(mine, f"{self.key}#{index}", None, self.journal)
        return self._merged(index, raws, plan, owners, iter(sent), cache)

    async def __aiter__(self) -> AsyncIterator[RecipientResult]:
        total = self._total() if self.progress is not None else None
        source = self._source()
        cache: dict[int, dict[str, RecipientResult]] = {}
        index = 0
        while raws := list(islice(source, self.chunk_size)):
            for result in await self._chunk(index, raws, cache):
                yield self._counted(result)
            self._report(total)
            index += 1

    async def write_jsonl(self, out: IO[str]) -> Progress:
        """Run the campaign, writing one JSON object a line per recipient; the final counts."""
        async for result in self:
            out.write(json.dumps(result_row(result), default=str) + "\n")
        return self._final()
