"""Regeneration and docs figures (issue 14), figures, not timed tests.

1. What `nox -s generate` does after two providers' documents changed (the walkthrough's change applied to
   HEAD's specs), into temporary folders (the checkout's generated/ is never written): every provider's
   client (openapi-python-client with our templates and ruff post-hooks), the compiled spec models
   (generated/smskit_specs), the sync overlay from the async one (tools/unasync.py, compared, not written),
   and the change report against the last release (tools/changes.py: the baseline extracted with git archive,
   each spec diffed, griffe on every package whose files differ). Bar: at most 10 s, the whole.
2. `mkdocs build --strict` of the site (provider pages generated from the specs, the reference from
   docstrings). Bar: at most 60 s.

Each is timed `--runs` times (default 3), one after the other; the median is the figure, with the range.
These machines are shared (2 cores, several agents): the range says how noisy a run was, and the CPU time
(this process and its children) and the load average say how much of the wall time was waiting for a core.

    python benchmarks/regenerate_and_docs.py [--runs 3] [--strict]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from tests.test_walkthrough import EDITS  # noqa: E402
from tools import changes, unasync  # noqa: E402
from tools.generate import PROVIDERS, generate_into, write_specs_package  # noqa: E402

REGENERATE_BAR = 10.0
DOCS_BAR = 60.0


def regenerate() -> tuple[dict[str, float], list[changes.Change]]:
    """One `nox -s generate` after a provider's documents changed, into temporary folders; each step's time.

    The input is the committed tree (HEAD, by git archive: the same figures whatever is being edited in the
    checkout) with the walkthrough's documentation change (tests/test_walkthrough.py: EzzySMS adds a parameter
    and an error code, EasySendSMS renames a field and lowers a limit) applied to two of its specs; the report
    compares it with HEAD, as it would with the last release.
    """
    steps: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="smskit-bench-") as tmp:
        base = changes.tree_at("HEAD", Path(tmp) / "base")
        specs, out = Path(tmp) / "specs", Path(tmp) / "generated"
        shutil.copytree(base.specs, specs)
        out.mkdir()
        for provider, edit in EDITS.items():
            spec = yaml.safe_load((specs / f"{provider}.yaml").read_text(encoding="utf-8"))
            edit(spec)
            (specs / f"{provider}.yaml").write_text(yaml.safe_dump(spec, sort_keys=False, allow_unicode=True))
        for provider in PROVIDERS:
            start = time.perf_counter()
            with tempfile.TemporaryDirectory(prefix=f"smskit-{provider}-") as work:
                fresh = generate_into(Path(work), provider, spec=specs / f"{provider}.yaml")
                shutil.move(fresh, out / fresh.name)
            steps[f"client {provider}"] = time.perf_counter() - start
        start = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix="smskit-specs-") as work:
            write_specs_package(Path(work))  # the checkout's specs: the same work as for the copies
        steps["spec models"] = time.perf_counter() - start
        start = time.perf_counter()
        unasync.differences()
        steps["unasync (compared)"] = time.perf_counter() - start
        start = time.perf_counter()
        found = changes.report(base, changes.Tree(specs, out, base.overlay))
        steps["change report"] = time.perf_counter() - start
    return steps, found


def regenerate_concurrently() -> float:
    """The five clients generated side by side (a thread per provider, each a generator process): not what
    `nox -s generate` does today, a figure for what it would take."""
    with tempfile.TemporaryDirectory(prefix="smskit-bench-") as tmp:
        start = time.perf_counter()

        def one(provider: str) -> None:
            (Path(tmp) / provider).mkdir()
            generate_into(Path(tmp) / provider, provider)

        with ThreadPoolExecutor(max_workers=len(PROVIDERS)) as pool:
            list(pool.map(one, PROVIDERS))
        return time.perf_counter() - start


def docs() -> float:
    with tempfile.TemporaryDirectory(prefix="smskit-site-") as tmp:
        start = time.perf_counter()
        proc = subprocess.run(
            [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", tmp],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env={"NO_MKDOCS_2_WARNING": "1", "PATH": str(Path(sys.executable).parent)},
        )
        took = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"mkdocs build --strict failed:\n{proc.stdout}\n{proc.stderr}")
    return took


def _cpu() -> float:
    """CPU seconds of this process and its finished children: what the work costs, whoever else is running."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def _runs(fn: Callable[[], float], runs: int) -> list[float]:
    return [fn() for _ in range(runs)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--strict", action="store_true", help="exit 1 when a bar is missed")
    args = parser.parse_args(argv)

    totals: list[float] = []
    cpus: list[float] = []
    last: dict[str, float] = {}
    found: list[changes.Change] = []
    for _ in range(args.runs):
        cpu = _cpu()
        last, found = regenerate()
        cpus.append(_cpu() - cpu)
        totals.append(sum(last.values()))
    regen = statistics.median(totals)
    print(f"regenerate 5 clients + spec models + change report: median {regen:.2f} s "
          f"(runs {', '.join(f'{t:.2f}' for t in totals)}; CPU {statistics.median(cpus):.2f} s, children included; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores); bar <= {REGENERATE_BAR:.0f} s: "
          f"{'met' if regen <= REGENERATE_BAR else 'NOT met'}")  # fmt: skip
    for step, took in last.items():
        print(f"    {step}: {took:.2f} s")
    print(f"    the report: {len(found)} change(s), {sum(c.breaking for c in found)} breaking")
    side = _runs(regenerate_concurrently, args.runs)
    print(f"    (the five clients generated concurrently instead, as a figure: median {statistics.median(side):.2f} s)")
    site = _runs(docs, args.runs)
    median = statistics.median(site)
    print(f"docs build (mkdocs build --strict): median {median:.2f} s (runs {', '.join(f'{t:.2f}' for t in site)}); "
          f"bar <= {DOCS_BAR:.0f} s: {'met' if median <= DOCS_BAR else 'NOT met'}")  # fmt: skip
    missed = regen > REGENERATE_BAR or median > DOCS_BAR
    return 1 if args.strict and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
