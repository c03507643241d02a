"""Memory per stored message: N EasySendSMS sends through the real app, in process; the bar is 200 MB for 100,000.

Each message goes through the whole ASGI app (routing, faults, authentication, validation, charge, store), one
recipient and a distinct text per request, as a client would send them. Two measurements, each on a fresh app:

- tracemalloc: the Python memory still allocated after the sends (what the store keeps, and any leak);
- RSS: the growth of the process's resident memory over the same sends (what the OS sees; no tracemalloc).

Run: python benchmarks/simulator_memory.py [--messages 100000] [--strict]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import os
import resource
import sys
import time
import tracemalloc
from typing import Any

from starlette.types import ASGIApp, Message

from smskit_sim import create_app

SEND = "/easysendsms/v1/rest/sms/send"
KEY = b"demouuv3f5rupyzq1e310tsq2hi1iio6"
BAR_BYTES = 200 * 1024 * 1024
BAR_MESSAGES = 100_000


async def call(app: ASGIApp, method: str, path: str, body: bytes, headers: list[tuple[bytes, bytes]]) -> int:
    """One HTTP request straight into the ASGI app; the status it answers."""
    scope: dict[str, Any] = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": method,
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "headers": [(b"host", b"127.0.0.1"), (b"content-length", str(len(body)).encode()), *headers],
        "client": ("127.0.0.1", 50000),
        "server": ("127.0.0.1", 8787),
    }
    status = 0

    async def receive() -> Message:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: Message) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    await app(scope, receive, send)
    return status


async def fill(count: int) -> tuple[Any, int]:
    """A fresh app holding `count` messages sent through it; the app and how many it stored."""
    app = create_app()
    json_type = [(b"content-type", b"application/json")]
    # As the throughput benchmark does: no rate limit, and credit for every message.
    setup = json.dumps({"rate_limit_scale": 0, "balance": 1e12}).encode()
    assert await call(app, "PATCH", "/_sim/accounts/easysendsms-1", setup, json_type) == 200
    headers = [(b"apikey", KEY), *json_type]
    for i in range(count):
        body = {
            "from": "MyShop",
            "to": f"447{i:08d}1",  # 12 digits, never a test number's 999x ending: every one is accepted
            "text": f"Your verification code is {(i * 7919) % 1_000_000:06d}. It expires in 10 minutes.",
            "type": "0",
        }
        status = await call(app, "POST", SEND, json.dumps(body).encode(), headers)
        if status != 200:
            raise RuntimeError(f"send {i} answered {status}")
    return app, len(app.state.sim.store.messages)


def rss_bytes() -> int:
    """Resident memory now (Linux), else the peak so far (which only grows here, so the delta still holds)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024


def measure_rss(count: int) -> tuple[int, int, float]:
    gc.collect()
    before = rss_bytes()
    started = time.perf_counter()
    app, stored = asyncio.run(fill(count))
    seconds = time.perf_counter() - started
    gc.collect()
    grown = rss_bytes() - before
    del app
    return stored, grown, seconds


def measure_traced(count: int) -> tuple[int, int]:
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        app, stored = asyncio.run(fill(count))
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    del app
    return stored, kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=BAR_MESSAGES, help="messages to store (default: 100000)")
    parser.add_argument("--strict", action="store_true", help="exit 1 when the bar is missed")
    args = parser.parse_args(argv)
    count = args.messages

    create_app()  # imports, spec loading and validator compilation happen here, not inside a measurement
    stored_rss, rss, seconds = measure_rss(count)
    stored_traced, traced = measure_traced(count)
    if stored_rss != count or stored_traced != count:
        print(f"FAIL  expected {count:,} stored messages, found {stored_rss:,} and {stored_traced:,}")
        return 1

    scale = BAR_MESSAGES / count
    print(f"{count:,} messages sent through the app in process ({count / seconds:,.0f} sends/s without tracemalloc)")
    print()
    print(f"{'measure':<12} {'bytes/message':>14} {f'{count:,} messages':>18} {'at 100,000':>12}")
    for name, total in (("tracemalloc", traced), ("RSS delta", rss)):
        print(f"{name:<12} {total / count:>14,.0f} {total / 2**20:>15,.1f} MB {total * scale / 2**20:>9,.1f} MB")
    worst = max(traced, rss) * scale
    ok = worst < BAR_BYTES
    print()
    print(f"{'PASS' if ok else 'FAIL'}  100,000 stored messages take {worst / 2**20:,.1f} MB at most "
          f"(bar: < {BAR_BYTES / 2**20:.0f} MB)")  # fmt: skip
    return 1 if args.strict and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
