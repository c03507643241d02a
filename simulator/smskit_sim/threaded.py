"""`serve_in_thread(app)`: the simulator on a real socket, served by uvicorn in a thread of this process.

For tests that need a socket (another process or language talking to it, connection-level faults as a client
sees them) without a process to manage, as moto's `ThreadedMotoServer` does. The port is the OS's pick (0)
unless given; the URL is yielded once the server accepts connections, and the server stops on leaving.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

__all__ = ["serve_in_thread"]


@contextmanager
def serve_in_thread(app: Any = None, *, host: str = "127.0.0.1", port: int = 0, timeout: float = 10.0) -> Iterator[str]:
    """Serve `app` (a new `create_app()` when None); yields its root URL, e.g. http://127.0.0.1:41237.

    uvicorn's own logging is left unconfigured (`log_config=None`), so its records reach the caller's logging
    (pytest's caplog included): a test can assert that the server logged no error."""
    import uvicorn

    if app is None:
        from smskit_sim.app import create_app

        app = create_app()
    config = uvicorn.Config(app, host=host, port=port, log_config=None, lifespan="off", timeout_graceful_shutdown=2)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="smskit-sim-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the simulator's server did not start")
        time.sleep(0.005)
    bound = server.servers[0].sockets[0].getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    try:
        yield f"http://{shown}:{bound}"
    finally:
        server.should_exit = True
        thread.join(timeout)
    if thread.is_alive():
        raise RuntimeError("the simulator's server did not stop")
