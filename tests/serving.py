"""A real uvicorn server for one test, on a free loopback port, in a thread that stops with the test."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx
import uvicorn

__all__ = ["serving", "simulator_process"]


@contextmanager
def serving(app: Any, timeout: float = 10.0) -> Iterator[str]:
    """Serve `app` on 127.0.0.1 at a port the OS picks; yields its base URL.

    uvicorn's own logging is left unconfigured (`log_config=None`), so its records reach pytest's caplog: a test
    can assert that the server logged no error."""
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_config=None, lifespan="off", timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="uvicorn-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.01)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)
    assert not thread.is_alive(), "the test server did not stop"


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
