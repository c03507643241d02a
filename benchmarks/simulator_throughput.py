"""Throughput of the EasySendSMS send operation: the simulator beside a bare endpoint and a Prism mock.

Each server runs in its own process and is driven by the same `wrk` load (`-t2 -c16`, `wrk_send.lua`): a
warm-up, then a timed run. The figures that matter are ratios within one run, because machines are shared
and noisy:

- simulator / prism: the bar is 3x (issue #3: a stateless Prism mock of the same spec, same load);
- simulator / bare: how close validation and state come to the ceiling, a bare Starlette endpoint that
  returns the same JSON. The issue's reference figures (Prism ~1,850 req/s, bare ~12,700 req/s, bar ~5,500)
  put that at >= 0.43, which is the bar used when Prism (Node's `npx`) is not available.

Run: python benchmarks/simulator_throughput.py [--duration 10] [--warmup 3] [--rounds 1] [--strict]
(the simulator and benchmarks/bare_app.py need `smskit_sim` and starlette/uvicorn importable by this Python).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = ROOT / "specs" / "easysendsms.yaml"
LUA = HERE / "wrk_send.lua"
PRISM = "@stoplight/prism-cli@5"
PRISM_STARTUP_SECONDS = 180.0  # the first `npx` run downloads Prism
KEY = "demouuv3f5rupyzq1e310tsq2hi1iio6"
BODY = b'{"from":"SenderName","to":"12345678900","text":"Hello","type":"0"}'

BAR_VS_PRISM = 3.0
REFERENCE = {"prism": 1850.0, "bare": 12700.0, "simulator": 5500.0}  # issue #3, its own machine
BAR_VS_BARE = REFERENCE["simulator"] / REFERENCE["bare"]


@dataclass
class Server:
    name: str
    command: list[str]
    send_path: str
    setup: str | None = None  # a control-API PATCH made once the server is up
    startup_seconds: float = 30.0
    note: str = ""


@dataclass
class Result:
    name: str
    rates: list[float] = field(default_factory=list)
    latency_ms: list[float] = field(default_factory=list)
    bad: int = 0  # non-2xx answers and socket errors during timed runs
    skipped: str | None = None

    @property
    def rate(self) -> float:
        return statistics.median(self.rates) if self.rates else 0.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def servers(python: str) -> list[Server]:
    sim_port, bare_port, prism_port = free_port(), free_port(), free_port()
    return [
        Server(
            "bare",
            [python, str(HERE / "bare_app.py"), "--port", str(bare_port)],
            f"http://127.0.0.1:{bare_port}/easysendsms/v1/rest/sms/send",
            note="Starlette, same JSON, no validation or state (the ceiling)",
        ),
        Server(
            "simulator",
            [python, "-m", "smskit_sim.cli", "--port", str(sim_port)],
            f"http://127.0.0.1:{sim_port}/easysendsms/v1/rest/sms/send",
            setup=f"http://127.0.0.1:{sim_port}/_sim/accounts/easysendsms-1",
            note="smskit-sim: faults, auth, validation, charge, store",
        ),
        Server(
            "prism",
            ["npx", "--yes", PRISM, "mock", "-h", "127.0.0.1", "-p", str(prism_port), "-v", "info", str(SPEC)],
            f"http://127.0.0.1:{prism_port}/v1/rest/sms/send",
            startup_seconds=PRISM_STARTUP_SECONDS,
            note="stateless mock of specs/easysendsms.yaml",
        ),
    ]


def http_stack() -> str:
    """What uvicorn's `auto` settings pick in this environment (the servers run on this same Python)."""
    fast = [name for name in ("httptools", "uvloop") if importlib.util.find_spec(name) is not None]
    http = "httptools" if "httptools" in fast else "h11"
    loop = "uvloop" if "uvloop" in fast else "asyncio"
    return f"{http} + {loop}"


def request(url: str, method: str, body: bytes, headers: dict[str, str]) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=5) as answer:
            return answer.status, answer.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


@contextlib.contextmanager
def running(server: Server) -> Iterator[None]:
    """Start the server in its own process group; wait until it answers; stop the whole group afterwards."""
    proc = subprocess.Popen(
        server.command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True, cwd=ROOT
    )
    try:
        deadline = time.monotonic() + server.startup_seconds
        host, port = server.send_path.split("/")[2].split(":")
        while True:
            if proc.poll() is not None:
                err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                raise RuntimeError(f"{server.name} exited with {proc.returncode}: {err[-2000:]}")
            with contextlib.suppress(OSError), socket.create_connection((host, int(port)), timeout=0.5):
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"{server.name} did not listen within {server.startup_seconds:.0f} s")
            time.sleep(0.2)
        if server.setup:  # the demo account: no rate limit, and credit for every message the run sends
            status, _ = request(
                server.setup,
                "PATCH",
                json.dumps({"rate_limit_scale": 0, "balance": 1e12}).encode(),
                {"Content-Type": "application/json"},
            )
            if status != 200:
                raise RuntimeError(f"{server.name}: setting up the demo account answered {status}")
        status, answer = request(server.send_path, "POST", BODY, {"apikey": KEY, "Content-Type": "application/json"})
        if status != 200 or json.loads(answer).get("status") != "OK":
            raise RuntimeError(f"{server.name}: a send answered {status} {answer[:200]!r}")
        yield
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        if proc.stderr:
            proc.stderr.close()


_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3}


def wrk(url: str, seconds: float, threads: int, connections: int) -> tuple[float, float, int]:
    """Requests/s, mean latency (ms) and failed answers of one wrk run."""
    out = subprocess.run(
        ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds:g}s", "-s", str(LUA), url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    latency = re.search(r"Latency\s+([\d.]+)(us|ms|s|m)\b", out)
    if rate is None or latency is None:
        raise RuntimeError(f"unexpected wrk output:\n{out}")
    bad = sum(int(n) for n in re.findall(r"Non-2xx or 3xx responses:\s+(\d+)", out))
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if errors:
        bad += sum(int(n) for n in errors.groups())
    return float(rate.group(1)), float(latency.group(1)) * _UNITS[latency.group(2)], bad


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds of each timed run (default: 10)")
    parser.add_argument("--warmup", type=float, default=3.0, help="seconds of warm-up per server (default: 3)")
    parser.add_argument("--rounds", type=int, default=1, help="timed runs per server, median taken (default: 1)")
    parser.add_argument("--threads", type=int, default=2, help="wrk -t (default: 2)")
    parser.add_argument("--connections", type=int, default=16, help="wrk -c (default: 16)")
    parser.add_argument("--only", default="bare,simulator,prism", help="comma-separated servers to run")
    parser.add_argument("--no-prism", action="store_true", help="skip the Prism comparison")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a bar is missed")
    args = parser.parse_args(argv)

    chosen = [s for s in servers(sys.executable) if s.name in args.only.split(",")]
    results = {s.name: Result(s.name) for s in chosen}
    if shutil.which("wrk") is None:
        print("throughput: SKIPPED, `wrk` is not installed (e.g. apt-get install wrk)")
        return 0
    if "prism" in results and (args.no_prism or shutil.which("npx") is None):
        results["prism"].skipped = "--no-prism" if args.no_prism else "`npx` (Node) is not installed"

    print(f"wrk -t{args.threads} -c{args.connections}, {args.warmup:g} s warm-up, then {args.rounds} round(s) of "
          f"{args.duration:g} s per server, servers taking turns; uvicorn on {http_stack()}")  # fmt: skip
    with contextlib.ExitStack() as stack:
        live: list[Server] = []
        for server in chosen:  # every server up front, each in its own process; only one is loaded at a time
            result = results[server.name]
            if result.skipped:
                continue
            try:
                stack.enter_context(running(server))
                wrk(server.send_path, args.warmup, args.threads, args.connections)
            except (RuntimeError, subprocess.CalledProcessError) as exc:
                result.skipped = str(exc).splitlines()[0][:200]
                continue
            live.append(server)
        for n in range(args.rounds):  # taking turns spreads the noise of a shared machine over every server
            for server in list(live):
                result = results[server.name]
                try:
                    rate, latency, bad = wrk(server.send_path, args.duration, args.threads, args.connections)
                except (RuntimeError, subprocess.CalledProcessError) as exc:
                    result.skipped, result.rates = f"wrk failed: {str(exc).splitlines()[0][:160]}", []
                    live.remove(server)
                    continue
                result.rates.append(rate)
                result.latency_ms.append(latency)
                result.bad += bad
                print(f"  round {n + 1}: {server.name:<10} {rate:>10,.0f} req/s", flush=True)

    return report(chosen, results, args.strict)


def report(chosen: list[Server], results: dict[str, Result], strict: bool) -> int:
    print()
    print(f"{'server':<10} {'req/s':>10} {'latency':>9} {'failed':>7}  {'issue ref.':>10}  what")
    for server in chosen:
        r = results[server.name]
        ref = f"{REFERENCE[r.name]:,.0f}" if r.name in REFERENCE else ""
        if r.skipped:
            print(f"{r.name:<10} {'skipped':>10} {'':>9} {'':>7}  {ref:>10}  {r.skipped}")
        else:
            latency = statistics.median(r.latency_ms)
            print(f"{r.name:<10} {r.rate:>10,.0f} {latency:>7.2f}ms {r.bad:>7}  {ref:>10}  {server.note}")
    sim, bare, prism = (results.get(n) for n in ("simulator", "bare", "prism"))
    verdicts: list[bool] = []
    print()
    if sim and not sim.rates:
        print(f"FAIL  the simulator was not measured: {sim.skipped}")
        verdicts.append(False)
    if sim and sim.rates and sim.bad:
        print(f"FAIL  the simulator answered {sim.bad} requests with an error: its figure does not count")
        verdicts.append(False)
    if sim and sim.rates and prism and prism.rates:
        ratio = sim.rate / prism.rate
        ok = ratio >= BAR_VS_PRISM
        verdicts.append(ok)
        rounds = ""
        if len(sim.rates) > 1:
            rounds = ", by round: " + ", ".join(f"{a / b:.2f}x" for a, b in zip(sim.rates, prism.rates, strict=False))
        print(f"{'PASS' if ok else 'FAIL'}  simulator / prism = {ratio:.2f}x   (bar: >= {BAR_VS_PRISM:g}x{rounds})")
    elif sim and sim.rates:
        print("SKIP  simulator / prism: Prism was not measured")
    if sim and sim.rates and bare and bare.rates:
        ratio = sim.rate / bare.rate
        if prism and prism.rates:
            print(f"      simulator / bare  = {ratio:.2f}    (share of the ceiling; issue reference {BAR_VS_BARE:.2f})")
        else:  # without Prism, the issue's own figures turn the 3x bar into a share of the ceiling
            ok = ratio >= BAR_VS_BARE
            verdicts.append(ok)
            print(f"{'PASS' if ok else 'FAIL'}  simulator / bare  = {ratio:.2f}    (bar: >= {BAR_VS_BARE:.2f}, i.e. "
                  f"{REFERENCE['simulator']:,.0f} / {REFERENCE['bare']:,.0f} req/s from the issue)")  # fmt: skip
    if prism and prism.rates and bare and bare.rates:
        print(f"      prism / bare      = {prism.rate / bare.rate:.2f}")
    return 1 if strict and not all(verdicts) else 0


if __name__ == "__main__":
    sys.exit(main())
