"""`smskit-sim`: serve every simulated provider on one port and print how to reach each."""

from __future__ import annotations

import argparse
import json
import sys

__all__ = ["main"]


def banner(host: str, port: int) -> str:
    """Per provider: the base URL to point a client at, and the demo account's credentials."""
    from smskit_sim.app import DEMO_BALANCE, Simulator

    sim = Simulator()
    lines = [f"smskit simulator on http://{host}:{port} (control API: http://{host}:{port}/_sim/)"]
    for provider_id, provider in sim.providers.items():
        server = next(url for url in provider.model.servers if "127.0.0.1" in url)
        base = server.replace("http://127.0.0.1:8787", f"http://{host}:{port}")
        creds = json.dumps(sim.demo[provider_id].credentials)
        lines.append(f"  {provider_id:<12} {base}\n  {'':<12} demo account: {creds}, balance {DEMO_BALANCE:g}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="smskit-sim", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="interface to listen on (default: 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8787, help="port (default: 8787)")
    parser.add_argument("--seed", type=int, default=0, help="seed for fractional faults (default: 0)")
    parser.add_argument("--log-level", default="warning", help="uvicorn log level (default: warning)")
    args = parser.parse_args(argv)
    if not 0 < args.port < 65536:
        parser.error("--port must be between 1 and 65535")

    import uvicorn

    from smskit_sim.app import create_app

    print(banner(args.host, args.port), flush=True)
    uvicorn.run(create_app(seed=args.seed), host=args.host, port=args.port, log_level=args.log_level)
    return 0


if __name__ == "__main__":
    sys.exit(main())
