"""The client-side limiter against the simulator's own, over a real socket and in real time."""

from __future__ import annotations

import asyncio

import httpx

import smskit
from tests.serving import simulator_process


class _Statuses(httpx.AsyncBaseTransport):
    """The network under the client, noting every status that comes back over the wire."""

    def __init__(self) -> None:
        self.inner = httpx.AsyncHTTPTransport()
        self.seen: list[int] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        self.seen.append(response.status_code)
        return response

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_gathered_async_sends_put_no_429_on_the_wire() -> None:
    """300 gathered async sends at EasySendSMS's 30 requests/s: not one 429 reaches the wire (it did before the
    limiter kept half a bucket of slack for requests bunched behind the connection pool)."""
    with simulator_process() as url:
        httpx.patch(f"{url}/_sim/accounts/easysendsms-1", json={"balance": 1e6}).raise_for_status()
        wire = _Statuses()

        async def main() -> list[list[smskit.RecipientResult]]:
            key = "demouuv3f5rupyzq1e310tsq2hi1iio6"
            options = {"api_key": key, "base_url": f"{url}/easysendsms", "max_retries": 0}
            async with smskit.AsyncEasySendSMS(transport=wire, **options) as sms:  # type: ignore[arg-type]
                return await asyncio.gather(*(sms.send("+14155550100", "Hi", sender="Shop") for _ in range(300)))

        results = asyncio.run(main())
    assert wire.seen.count(429) == 0, f"{wire.seen.count(429)} x 429 on the wire"
    assert all(r.accepted for (r,) in results)
