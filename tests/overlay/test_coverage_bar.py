"""The coverage bar (tools/coverage_bar.py) that `nox -s tests` applies: it passes only when every provider
module is measured and at least 90% covered, and it fails naming the module and its percent otherwise."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tools.coverage_bar import PROVIDER_MODULES, main

SITE = "/tmp/nox/tests/lib/python3.11/site-packages/smskit"


def _report(lines: dict[str, tuple[int, int]], prefix: str = SITE, sep: str = "/") -> dict[str, Any]:
    """A `coverage json` report: module name -> (covered, statements), plus a module the bar does not judge."""
    files = {
        f"{prefix}{sep}{name}.py": {"summary": {"covered_lines": covered, "num_statements": statements,
                                                "percent_covered": 100.0 * covered / statements}}
        for name, (covered, statements) in {**lines, "_base": (10, 100)}.items()
    }  # fmt: skip
    return {"meta": {"format": 3}, "files": files, "totals": {}}


def _run(tmp_path: Path, report: dict[str, Any], *args: str) -> int:
    path = tmp_path / "coverage.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    return main([str(path), *args])


ALL_COVERED = dict.fromkeys(PROVIDER_MODULES, (95, 100))


def test_every_provider_module_over_the_bar_passes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Site-packages paths (the installed distribution), the bar exactly met: passes, listing all five; the
    modules the bar does not judge (_base, 10%) do not count."""
    assert _run(tmp_path, _report({**ALL_COVERED, "mobyt": (90, 100)})) == 0
    shown = capsys.readouterr().out
    assert all(f"smskit.{name}" in shown for name in PROVIDER_MODULES) and "90.0%" in shown
    assert "_base" not in shown


def test_a_module_under_the_bar_fails_naming_it_and_its_percent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One module at 89.9% fails the bar (exit 1), named with its percent; the others are not blamed."""
    assert _run(tmp_path, _report({**ALL_COVERED, "easify": (899, 1000)})) == 1
    failed = capsys.readouterr().err
    assert "smskit.easify: 89.9%" in failed and "needs >= 90%" in failed
    assert not [name for name in PROVIDER_MODULES if name != "easify" and f"smskit.{name}:" in failed]


def test_a_module_not_measured_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A provider module missing from the report (never imported, or measured under another name) fails too."""
    lines = {name: value for name, value in ALL_COVERED.items() if name != "transmitsms"}
    assert _run(tmp_path, _report(lines, prefix="overlay\\smskit", sep="\\")) == 1
    assert "smskit.transmitsms: not in the coverage report" in capsys.readouterr().err


def test_the_bar_can_be_raised_and_a_bad_report_is_an_error(tmp_path: Path) -> None:
    """`--min` moves the bar; a file that is not a coverage JSON report is exit 2, not a pass."""
    assert _run(tmp_path, _report(ALL_COVERED), "--min", "96") == 1
    assert _run(tmp_path, {"totals": {}}) == 2
    assert main([str(tmp_path / "missing.json")]) == 2
