"""`smskit-sim` in a process of its own, on a free loopback port (a thread: `smskit_sim.threaded.serve_in_thread`)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx

__all__ = ["simulator_process"]


@contextmanager
def simulator_process(timeout: float = 20.0) -> Iterator[str]:
    """`smskit-sim` in a process of its own on a free loopback port; yields its base URL. Timing tests use it:
    a server in the test's own process shares its GIL, so the client's pacing would measure the server's stalls."""
    # --port 0: the server binds a free port itself and prints it first, as JSON (no probe-then-bind race).
    process = subprocess.Popen([sys.executable, "-m", "smskit_sim", "--port", "0"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)  # fmt: skip
    assert process.stdout is not None
    url = json.loads(process.stdout.readline())["smskit_sim"]
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                httpx.get(f"{url}/_sim/clock", timeout=0.5)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("smskit-sim did not start") from None
                time.sleep(0.05)
        yield url
    finally:
        process.terminate()
        process.wait(timeout)
