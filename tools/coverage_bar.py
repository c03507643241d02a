"""The coverage bar: every provider module of smskit is at least 90% covered by lines, or this fails.

    coverage run -m pytest ...          # [tool.coverage.run] source_pkgs = ["smskit"] (pyproject.toml)
    coverage json -o coverage.json
    python tools/coverage_bar.py coverage.json [--min 90]

Modules are matched by name (`smskit/<provider>.py`), not by path: the `tests` session measures the installed
distribution (site-packages/smskit/...), a developer's editable install measures overlay/smskit/... A provider
module the report does not hold fails the bar too (it was not measured, so nothing says it is covered). Exit 0
with a table when every module clears the bar; exit 1 naming each module under it (or missing) and its percent;
exit 2 when the report cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import NamedTuple

from smskit_specs import PROVIDERS

__all__ = ["BAR", "PROVIDER_MODULES", "Measured", "check", "main", "measured"]

PROVIDER_MODULES: tuple[str, ...] = PROVIDERS  # smskit/<id>.py, one per provider id
BAR = 90.0


class Measured(NamedTuple):
    module: str  # e.g. "smskit.mobyt"
    path: str  # as the report names the file
    statements: int
    covered: int

    @property
    def percent(self) -> float:
        return 100.0 if self.statements == 0 else 100.0 * self.covered / self.statements


def _module(path: str) -> str | None:
    """`smskit.<name>` for a report path ending in smskit/<name>.py (either separator), else None."""
    parts = PurePosixPath(path.replace("\\", "/")).parts
    if len(parts) >= 2 and parts[-2] == "smskit" and parts[-1].endswith(".py"):
        return f"smskit.{parts[-1].removesuffix('.py')}"
    return None


def measured(report: Mapping[str, object]) -> dict[str, list[Measured]]:
    """Every smskit module of a `coverage json` report, by module name (a list: a report may hold two copies)."""
    files = report.get("files")
    if not isinstance(files, dict):
        raise ValueError("not a coverage JSON report: it has no 'files' object")
    found: dict[str, list[Measured]] = {}
    for path, data in files.items():
        module = _module(str(path))
        if module is None:
            continue
        summary = data.get("summary") if isinstance(data, dict) else None
        if not isinstance(summary, dict):
            raise ValueError(f"{path}: no summary in the report")
        statements, covered = summary.get("num_statements"), summary.get("covered_lines")
        if not isinstance(statements, int) or not isinstance(covered, int):
            raise ValueError(f"{path}: the summary has no line counts")
        found.setdefault(module, []).append(Measured(module, str(path), statements, covered))
    return found


def check(report: Mapping[str, object], bar: float = BAR) -> tuple[list[Measured], list[str]]:
    """The provider modules' measurements, and one failure line per module under `bar` or not measured."""
    found = measured(report)
    rows: list[Measured] = []
    failures: list[str] = []
    for name in PROVIDER_MODULES:
        module = f"smskit.{name}"
        copies = found.get(module)
        if not copies:
            failures.append(f"{module}: not in the coverage report (not measured), needs >= {bar:g}%")
            continue
        for row in copies:
            rows.append(row)
            if row.percent < bar:
                missed = row.statements - row.covered
                failures.append(f"{module}: {row.percent:.1f}% of lines covered ({missed} of {row.statements} "
                                f"missed) in {row.path}, needs >= {bar:g}%")  # fmt: skip
    return rows, failures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("report", type=Path, help="the JSON written by `coverage json`")
    parser.add_argument("--min", type=float, default=BAR, dest="bar", help=f"the bar in percent (default {BAR:g})")
    args = parser.parse_args(argv)
    try:
        report = json.loads(args.report.read_text(encoding="utf-8"))
        if not isinstance(report, dict):
            raise ValueError("not a coverage JSON report: not an object")
        rows, failures = check(report, args.bar)
    except (OSError, ValueError) as exc:
        print(f"coverage bar: cannot read {args.report}: {exc}", file=sys.stderr)
        return 2
    for row in rows:
        print(f"{row.module:<20} {row.percent:6.1f}%  ({row.covered}/{row.statements} lines)")
    if failures:
        print(f"coverage bar FAILED: provider modules under {args.bar:g}% line coverage:", file=sys.stderr)
        for line in failures:
            print(f"  {line}", file=sys.stderr)
        return 1
    print(f"coverage bar: every provider module >= {args.bar:g}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
