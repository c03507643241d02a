"""Durable-send figures (issue 13): what the journal costs, and a campaign's memory (figures, not timed tests).

1. Bulk send with the SQLite journal on: 20,000 recipients, the simulator (its own process, on loopback)
   enforcing EasySendSMS's documented 30 requests/s with 50 ms of added latency, as `benchmarks/overlay_send.py`
   measures without a journal. Ceiling: 30 x 30 = 900 recipients/s. Bar: >= 97% of it, 0 duplicates, 0 lost.
   Measured twice: one `send(..., idempotency_key=...)`, and `smskit.campaign.campaign()` (chunked, streamed).
2. Memory: a 1,000,000-recipient campaign (simulator in-process, limits off), read from a CSV file, results
   streamed to a JSON-lines file. Bar: peak RSS <= 100 MB. The simulator keeps every message it takes (a few
   hundred bytes each: 1,000,000 would be hundreds of MB of the simulator's own), so its state is reset every
   few chunks: the figure is the client's (smskit, the journal, the campaign) plus the simulator's code.
   The peak is the process's own high-water mark (Linux VmHWM; `ru_maxrss` elsewhere, which a child started
   by a bigger parent inherits). As in `benchmarks/startup.py`, the measured process runs with bytecode
   caching on in a private cache (`PYTHONPYCACHEPREFIX`) warmed by one run first: an installed package is
   byte-compiled, and compiling the sources (`PYTHONDONTWRITEBYTECODE`, a fresh tree) peaks much higher
   before anything is sent (CPython's parser on the largest generated spec literal); that import-only figure
   is printed beside it.

    python benchmarks/durable.py [--recipients 20000] [--campaign 1000000] [--skip-bulk] [--skip-memory]
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from itertools import count, islice
from pathlib import Path
from typing import Any

import httpx

from smskit import EasySendSMS
from smskit.campaign import Progress, campaign

sys.path.insert(0, str(Path(__file__).resolve().parent))
from overlay_send import simulator  # the same simulator process the no-journal figure uses

KEY = "demouuv3f5rupyzq1e310tsq2hi1iio6"


def _demo(control: httpx.Client, **settings: object) -> None:
    account = control.get("/_sim/accounts", params={"provider": "easysendsms"}).json()["accounts"][0]["account_id"]
    control.patch(f"/_sim/accounts/{account}", json=settings).raise_for_status()


def _ordinary_numbers() -> Iterator[str]:
    """Numbers without the simulator's test endings (see overlay_send._ordinary_numbers)."""
    for i in count():
        number = f"+1415{5550000 + i:07d}"
        if not "9989" <= number[-4:] <= "9998":
            yield number


def bulk(recipients: int, mode: str) -> dict[str, float]:
    """The 20,000-recipient send under the documented limit, journaled (`mode`: "send" or "campaign")."""
    with simulator() as base, httpx.Client(base_url=base, timeout=60) as control, tempfile.TemporaryDirectory() as tmp:
        _demo(control, balance=1e12)  # the documented rate limit stays on
        fault = {"kind": "latency", "seconds": 0.05, "provider": "easysendsms", "operation": "sendSms"}
        control.post("/_sim/faults", json=fault).raise_for_status()
        numbers = list(islice(_ordinary_numbers(), recipients))
        sms = EasySendSMS(KEY, base_url=f"{base}/easysendsms", journal=Path(tmp) / "j.db")
        start = time.perf_counter()
        if mode == "send":
            statuses = [r.status for r in sms.send(numbers, "Flash sale tonight", sender="Shop", idempotency_key="b")]
        else:
            statuses = [r.status for r in campaign(sms, numbers, "Flash sale tonight", sender="Shop", key="b")]
        elapsed = time.perf_counter() - start
        sms.close()
        stored = [m["recipient"] for m in control.get("/_sim/messages", params={"provider": "easysendsms"}).json()
                  ["messages"]]  # fmt: skip
    rate = recipients / elapsed
    return {
        "seconds": elapsed,
        "recipients_per_s": rate,
        "of_ceiling": rate / 900,
        "duplicates": len(stored) - len(set(stored)),
        "lost": recipients - len(statuses),
        "not_accepted": recipients - statuses.count("accepted"),
    }


def peak_mb() -> float:
    """This process's peak resident memory, MB: the high-water mark of its own address space (Linux VmHWM),
    else `ru_maxrss` (which a child started by a bigger parent inherits through exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def _simulator_app() -> tuple[Any, Any]:
    sim: Any = importlib.import_module("smskit_sim")
    inprocess: Any = importlib.import_module("smskit_sim.inprocess")
    return sim.create_app(), inprocess


def imports() -> dict[str, float]:
    """The peak RSS of what `memory` does before its campaign: import smskit and the simulator, make its app."""
    _simulator_app()
    return {"rss_peak_mb": peak_mb()}


def memory(recipients: int) -> dict[str, float]:
    """The campaign's peak RSS (run in a fresh process: see main)."""
    app, inprocess = _simulator_app()
    transport = inprocess.SimulatorTransport(app)
    control = httpx.Client(transport=transport, base_url="http://127.0.0.1:8787")
    _demo(control, rate_limit_scale=0, balance=1e15)
    with tempfile.TemporaryDirectory() as tmp:
        table = Path(tmp) / "big.csv"
        with table.open("w", encoding="utf-8") as out:
            out.write("phone\n")
            out.writelines(f"{n}\n" for n in islice(_ordinary_numbers(), recipients))
        sms = EasySendSMS(KEY, base_url="http://127.0.0.1:8787/easysendsms", transport=transport,
                          journal=Path(tmp) / "j.db", rate_limit=0)  # fmt: skip
        chunks = [0]

        def progress(now: Progress) -> None:
            chunks[0] += 1
            if chunks[0] % 4 == 0:  # the simulator's store, not the client's: see the module
                control.post("/_sim/reset").raise_for_status()
                _demo(control, rate_limit_scale=0, balance=1e15)

        start_rss = peak_mb()
        start = time.perf_counter()
        with (Path(tmp) / "results.jsonl").open("w", encoding="utf-8") as out:
            counts = campaign(sms, table, "Flash sale tonight", sender="Shop", progress=progress).write_jsonl(out)
        elapsed = time.perf_counter() - start
        journal_mb = sum(f.stat().st_size for f in Path(tmp).glob("j.db*")) / 1e6
    peak = peak_mb()
    return {"recipients": counts.done, "accepted": counts.accepted, "seconds": elapsed, "rss_before_mb": start_rss,
            "rss_peak_mb": peak, "journal_mb": journal_mb}  # fmt: skip


def _child(options: list[str], env: dict[str, str]) -> dict[str, Any]:
    """`--memory-only` in a fresh interpreter: the JSON object it prints last."""
    out = subprocess.run([sys.executable, __file__, "--memory-only", *options], capture_output=True, text=True,
                         check=True, env=env)  # fmt: skip
    found: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--recipients", type=int, default=20_000)
    parser.add_argument("--campaign", type=int, default=1_000_000)
    parser.add_argument("--skip-bulk", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--memory-only", action="store_true", help=argparse.SUPPRESS)  # the fresh process
    parser.add_argument("--imports-only", action="store_true", help=argparse.SUPPRESS)  # its imports alone
    args = parser.parse_args()
    if args.memory_only:
        print(json.dumps(imports() if args.imports_only else memory(args.campaign)))
        return 0
    ok = True
    if not args.skip_bulk:
        for mode in ("send", "campaign"):
            sent = bulk(args.recipients, mode)
            passed = sent["of_ceiling"] >= 0.97 and not sent["duplicates"] and not sent["lost"]
            ok = ok and passed
            print(f"bulk {mode} with the SQLite journal: {args.recipients} recipients in {sent['seconds']:.2f} s = "
                  f"{sent['recipients_per_s']:.0f}/s, {sent['of_ceiling']:.1%} of the 900/s ceiling; duplicates "
                  f"{sent['duplicates']}, lost {sent['lost']}, not accepted {sent['not_accepted']}  "
                  f"[bar >= 97%, zeros: {'PASS' if passed else 'FAIL'}]")  # fmt: skip
    if not args.skip_memory:
        with tempfile.TemporaryDirectory(prefix="smskit-pyc-") as cache:
            env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
            env["PYTHONPYCACHEPREFIX"] = cache  # private, empty: the first child compiles every source
            cold = _child(["--imports-only"], {**env, "PYTHONDONTWRITEBYTECODE": "1"})
            _child(["--imports-only"], env)  # writes the bytecode the measured run loads
            found = _child(["--campaign", str(args.campaign)], env)
        passed = found["rss_peak_mb"] <= 100 and found["recipients"] == args.campaign
        ok = ok and passed
        growth = found["rss_peak_mb"] - found["rss_before_mb"]
        print(f"campaign of {found['recipients']:,} (in-process simulator, limits off): {found['seconds']:.0f} s, "
              f"peak RSS {found['rss_peak_mb']:.1f} MB: {found['rss_before_mb']:.1f} MB before it started (smskit "
              f"and the simulator imported, its app made), {growth:.1f} MB added by the campaign; journal "
              f"{found['journal_mb']:.0f} MB on disk  [bar <= 100 MB: {'PASS' if passed else 'FAIL'}]")  # fmt: skip
        print(f"  the same imports compiled from source, no bytecode (a fresh tree, PYTHONDONTWRITEBYTECODE): "
              f"peak RSS {cold['rss_peak_mb']:.1f} MB before anything is sent (figure, no bar)")  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
