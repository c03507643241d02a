"""`smskit-sim` (or `python -m smskit_sim`): serve every simulated provider on one port and print how to reach each.

`--port 0` takes a free port: the banner names it, and the first line printed is machine-readable,
`{"smskit_sim": "http://127.0.0.1:<port>"}`, for a test harness in any language. SIGTERM or Ctrl-C stops it
cleanly (uvicorn's own shutdown).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import signal
import socket
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from smskit_sim.simulator import Simulator

__all__ = ["main"]


def banner(host: str, port: int, sim: Simulator | None = None) -> str:
    """Per provider: the base URL to point a client at, and the demo account's credentials; then the clock."""
    from smskit_sim.app import DEMO_BALANCE, Simulator

    sim = Simulator() if sim is None else sim
    lines = [
        f"smskit simulator on http://{host}:{port} (control API: http://{host}:{port}/_sim/)",
        f"  web inbox: http://{host}:{port}/_sim/ui (open it in a browser)",
    ]
    for provider_id, provider in sim.providers.items():
        server = next(url for url in provider.model.servers if "127.0.0.1" in url)
        base = server.replace("http://127.0.0.1:8787", f"http://{host}:{port}")
        creds = json.dumps(sim.demo[provider_id].credentials)
        lines.append(f"  {provider_id:<12} {base}\n  {'':<12} demo account: {creds}, balance {DEMO_BALANCE:g}")
    fixed = sim.context.clock_start is not None
    lines.append(f"  virtual clock at {sim.now()} ({'fixed start' if fixed else 'the real time at start'}; "
                 "it moves only with POST /_sim/clock)")  # fmt: skip
    return "\n".join(lines)


def _clock(value: str) -> dt.datetime:
    from smskit_sim.clock import parse_start

    try:
        return parse_start(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="smskit-sim", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8787, help="port (default: 8787; 0: a free one, printed)")
    parser.add_argument("--seed", type=int, default=0, help="seed for fractional faults (default: 0)")
    parser.add_argument("--log-level", default="warning", help="uvicorn log level (default: warning)")
    parser.add_argument("--clock", type=_clock, default=None, metavar="ISO8601",
                        help="start the virtual clock there, and at every reset, e.g. 2026-01-01T00:00:00Z "
                             "(default: the real time, UTC, at start and at each reset)")  # fmt: skip
    args = parser.parse_args(argv)
    if not 0 <= args.port < 65536:
        parser.error("--port must be between 0 (a free one) and 65535")
    try:
        import uvicorn

        from smskit_sim.app import create_app
    except ImportError as missing:  # the SDK alone installs no server
        print(f"smskit-sim needs the simulator's dependencies ({missing.name}): pip install \"smskit[sim]\"",
              file=sys.stderr)  # fmt: skip
        return 2

    app = create_app(seed=args.seed, clock_start=args.clock)
    # The socket is bound here, so that port 0 is known before serving (uvicorn would bind it itself too late).
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((args.host, args.port))
    port = sock.getsockname()[1]
    shown = f"[{args.host}]" if family == socket.AF_INET6 else args.host
    print(json.dumps({"smskit_sim": f"http://{shown}:{port}"}), flush=True)
    print(banner(shown, port, app.state.sim), flush=True)
    server = uvicorn.Server(uvicorn.Config(app, log_level=args.log_level))
    # uvicorn shuts down gracefully on SIGTERM, then raises the signal again for whatever handler was there: a
    # no-op here, so that a stop that was asked for exits 0.
    signal.signal(signal.SIGTERM, lambda *_: None)
    server.run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
