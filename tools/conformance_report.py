"""Print the conformance table written by `tests/conformance` (`SMSKIT_CONFORMANCE_JSON=<file> pytest ...`).

    python tools/conformance_report.py <file> [--failures]

One row per provider: operations fuzzed (of those in its spec), cases sent, cases per phase, and every
schemathesis check run on them: passed, failed, and excused (a documented false positive, see
`tests/conformance/excuses/`). `--failures` lists each distinct failure with a reproducing curl command.
Exits 1 when any check failed or the test run itself did not pass, so CI can rely on it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

__all__ = ["main", "render", "render_failures"]

PHASES = ("examples", "coverage", "fuzzing", "stateful")
COLUMNS = ("provider", "operations", "cases", *PHASES, "checks passed", "failed", "excused")


def _row(provider: str, stats: dict[str, Any]) -> list[str]:
    if stats.get("skipped") and not stats.get("cases"):
        return [provider, "-", "-", *("-" for _ in PHASES), "skipped", "", ""]
    total = stats.get("operations_total")
    operations = f"{stats['operations']}/{total}" if total else str(stats["operations"])
    by_phase = stats.get("cases_by_phase", {})
    return [
        provider,
        operations,
        str(stats["cases"]),
        *(str(by_phase.get(phase, 0)) for phase in PHASES),
        str(stats["checks_passed"]),
        str(stats["checks_failed"]),
        str(stats["checks_excused"]),
    ]


def render(report: dict[str, Any]) -> str:
    """The table, then per provider the checks that failed or were excused, and why."""
    providers: dict[str, Any] = report["providers"]
    rows = [list(COLUMNS), *(_row(name, stats) for name, stats in providers.items())]
    widths = [max(len(row[i]) for row in rows) for i in range(len(COLUMNS))]

    def line(row: list[str]) -> str:
        cells = [row[0].ljust(widths[0]), *(cell.rjust(width) for cell, width in zip(row[1:], widths[1:], strict=True))]
        return "  ".join(cells).rstrip()

    out = [line(rows[0]), line(["-" * w for w in widths]), *(line(row) for row in rows[1:])]
    totals = [sum(int(p.get(key, 0)) for p in providers.values()) for key in ("cases", "checks_passed")]
    failed = sum(int(p.get("checks_failed", 0)) for p in providers.values())
    excused = sum(int(p.get("checks_excused", 0)) for p in providers.values())
    out.append(f"total: {totals[0]} cases, {totals[1]} checks passed, {failed} failed, {excused} excused")
    for name, stats in providers.items():
        if stats.get("skipped"):
            out.append(f"{name}: skipped: {stats['skipped']}")
        for failure in stats.get("failures", []):
            out.append(
                f"{name}: FAILED {failure['operation']} {failure['check']}: {failure['title']}"
                f" ({failure['count']}x, {'/'.join(failure['phases'])}, HTTP {failure['status']})"
            )
        reasons: dict[tuple[str, str], list[str]] = {}
        counts: dict[tuple[str, str], int] = {}
        for excuse in stats.get("excuses", []):
            key = (excuse["check"], excuse["reason"])
            reasons.setdefault(key, []).append(excuse["operation"])
            counts[key] = counts.get(key, 0) + int(excuse["count"])
        for (check, reason), operations in reasons.items():
            out.append(f"{name}: excused {counts[check, reason]}x {check} ({', '.join(operations)}): {reason}")
        if stats.get("operations_without_success"):
            out.append(f"{name}: never answered 2xx: {', '.join(stats['operations_without_success'])}")
    return "\n".join(out)


def render_failures(report: dict[str, Any]) -> str:
    """Each distinct failure: the check's message, the answer, and a curl command that reproduces it."""
    out = []
    for name, stats in report["providers"].items():
        for failure in stats.get("failures", []):
            out += [
                f"== {name} {failure['operation']} {failure['check']}: {failure['title']}",
                failure["message"],
                f"HTTP {failure['status']}: {failure['response']}",
                failure["curl"],
                "",
            ]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="conformance_report", description=__doc__.split("\n")[0])
    parser.add_argument("report", type=Path, help="the JSON file the conformance tests wrote")
    parser.add_argument("--failures", action="store_true", help="also print every distinct failure in full")
    args = parser.parse_args(argv)
    try:
        report = json.loads(args.report.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"conformance_report: cannot read {args.report}: {exc}", file=sys.stderr)
        return 2
    print(render(report))
    if args.failures:
        print("\n" + render_failures(report))
    failed = any(p.get("checks_failed") for p in report["providers"].values())
    return 1 if failed or report.get("exit_status") not in (0, None) else 0


if __name__ == "__main__":
    sys.exit(main())
