"""Prints the per-provider conformance table after the run; writes it as JSON when `SMSKIT_CONFORMANCE_JSON` is set.

`tools/conformance_report.py <file>` prints the same table from that file (`nox -s conformance` does).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conformance.results import COLLECTOR
from tools.conformance_report import render


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    target = os.environ.get("SMSKIT_CONFORMANCE_JSON")
    if target and COLLECTOR.providers:
        COLLECTOR.write(Path(target), int(exitstatus))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if COLLECTOR.providers and not os.environ.get("SMSKIT_CONFORMANCE_JSON"):
        terminalreporter.section("smskit conformance")
        terminalreporter.write_line(render(COLLECTOR.as_json()))
