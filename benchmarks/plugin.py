"""The pytest plugin's costs (figures, not timed tests): what a user's suite pays for the simulator fixtures.

1. The in-process fixture per test after the first: suites of N tests that each take `smskit_sim` and a
   client (`smskit_easysendsms`) and send one SMS, beside suites of the same tests without the fixtures or the
   send, run by pytest in fresh interpreters, the two interleaved run by run. The cost per test is the slope
   of (with - without) between a small and a large N, so the session's one-time start (the app, the first
   test) drops out. Bar: <= 20 ms.
2. The server fixture's start: `serve_in_thread()` (what `smskit_sim_server` does once per session) to its
   first answer, median of the runs, in this interpreter after the imports. Bar: <= 1 s.

    python benchmarks/plugin.py [--runs 5] [--strict]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from smskit_sim.threaded import serve_in_thread

SMALL, LARGE = 20, 220
WITH = """
def test_{i}(smskit_sim, smskit_easysendsms):
    smskit_easysendsms.send("+14155550100", "Your code is {i:06d}", sender="Shop")
    assert len(smskit_sim.messages()) == 1
"""
WITHOUT = """
def test_{i}():
    assert len([{i}]) == 1
"""
BAR_PER_TEST = 0.020
BAR_SERVER = 1.0


def _suite(folder: Path, template: str, count: int) -> Path:
    path = folder / f"test_{abs(hash((template, count)))}.py"
    path.write_text("".join(template.format(i=i) for i in range(count)))
    return path


def _run(path: Path) -> float:
    start = time.perf_counter()
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(path)]
    subprocess.run(command, check=True, capture_output=True, cwd=path.parent)
    return time.perf_counter() - start


def per_test(runs: int) -> float:
    with tempfile.TemporaryDirectory(prefix="smskit-plugin-") as tmp:
        folder = Path(tmp)
        (folder / "pytest.ini").write_text("[pytest]\n")  # this folder is the suite's root, not the checkout
        suites = {(t, n): _suite(folder, t, n) for t in (WITH, WITHOUT) for n in (SMALL, LARGE)}
        times: dict[tuple[str, int], list[float]] = {key: [] for key in suites}
        _run(suites[(WITH, SMALL)])  # warm the byte-code caches
        for _ in range(runs):
            for key, path in suites.items():
                times[key].append(_run(path))
    median = {key: statistics.median(values) for key, values in times.items()}
    extra = {n: median[(WITH, n)] - median[(WITHOUT, n)] for n in (SMALL, LARGE)}
    return (extra[LARGE] - extra[SMALL]) / (LARGE - SMALL)


def server_start(runs: int) -> float:
    took = []
    for _ in range(runs):
        start = time.perf_counter()
        with serve_in_thread() as url:
            httpx.get(f"{url}/_sim/clock").raise_for_status()
            took.append(time.perf_counter() - start)
    return statistics.median(took)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--strict", action="store_true", help="exit 1 when a bar is missed")
    args = parser.parse_args()
    cost, start = per_test(args.runs), server_start(args.runs)
    ok_cost, ok_start = cost <= BAR_PER_TEST, start <= BAR_SERVER
    print("pytest plugin")
    print(f"  in-process fixture + a client + one send, per test after the first: {cost * 1000:.1f} ms "
          f"(slope over {SMALL} -> {LARGE} tests, median of {args.runs}; bar <= {BAR_PER_TEST * 1000:.0f} ms: "
          f"{'met' if ok_cost else 'missed'})")  # fmt: skip
    print(f"  server fixture, start to first answer: {start * 1000:.0f} ms (median of {args.runs}; bar <= "
          f"{BAR_SERVER:g} s: {'met' if ok_start else 'missed'})")  # fmt: skip
    return 0 if (ok_cost and ok_start) or not args.strict else 1


if __name__ == "__main__":
    raise SystemExit(main())
