"""A real uvicorn server for one test, on a free loopback port, in a thread that stops with the test."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

__all__ = ["serving"]


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
