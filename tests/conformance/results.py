"""Collects what every schemathesis check said about every case, per provider, for the conformance table.

The schemas of `harness.py` report each validated case here (an `after_validate` hook) and each failure that
`excuses/` accepts (a `filter_failure` hook). `conftest.py` prints the table at the end of the run and, when
`SMSKIT_CONFORMANCE_JSON` names a file, writes the numbers there for `tools/conformance_report.py`.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["COLLECTOR", "Collector"]

MAX_SAMPLE_CHARS = 1500


@dataclass
class _Provider:
    operations: set[str] = field(default_factory=set)
    cases: int = 0
    cases_by_phase: Counter[str] = field(default_factory=Counter)
    passed: int = 0
    failed: int = 0
    excused: int = 0
    checks: dict[str, Counter[str]] = field(default_factory=dict)  # check -> {passed, failed, excused}
    failures: dict[tuple[str, str, str], dict[str, Any]] = field(default_factory=dict)
    excuses: dict[tuple[str, str, str], int] = field(default_factory=dict)  # (operation, check, reason) -> count
    statuses: dict[str, Counter[int]] = field(default_factory=dict)  # operation -> HTTP status -> answers
    skipped: str | None = None


class Collector:
    def __init__(self) -> None:
        self.providers: dict[str, _Provider] = {}
        self.operations_total: dict[str, int] = {}
        self._excused: set[tuple[str, str]] = set()  # (case id, check)

    def _of(self, provider: str) -> _Provider:
        return self.providers.setdefault(provider, _Provider())

    def skipped(self, provider: str, reason: str) -> None:
        self._of(provider).skipped = reason

    def excused(self, provider: str, case: Any, failure: Any, reason: str) -> None:
        check = _check_name(failure)
        self._excused.add((case.id, check))
        stats = self._of(provider)
        key = (_operation(case), check, reason)
        stats.excuses[key] = stats.excuses.get(key, 0) + 1

    def validated(self, provider: str, case: Any, response: Any, results: list[Any]) -> None:
        stats = self._of(provider)
        operation = _operation(case)
        phase = case.meta.phase.name.value if case.meta is not None else "explicit"
        stats.operations.add(operation)
        stats.statuses.setdefault(operation, Counter())[int(response.status_code)] += 1
        stats.cases += 1
        stats.cases_by_phase[phase] += 1
        for result in results:
            counts = stats.checks.setdefault(result.name, Counter())
            if result.failure is not None:
                stats.failed += 1
                counts["failed"] += 1
                self._failure(stats, operation, phase, result.name, result.failure, case, response)
            elif (case.id, result.name) in self._excused:
                stats.excused += 1
                counts["excused"] += 1
            else:
                stats.passed += 1
                counts["passed"] += 1

    def _failure(
        self, stats: _Provider, operation: str, phase: str, check: str, failure: Any, case: Any, response: Any
    ) -> None:
        key = (operation, check, failure.title)
        found = stats.failures.get(key)
        if found is not None:
            found["count"] += 1
            found["phases"] = sorted({*found["phases"], phase})
            return
        try:
            curl = case.as_curl_command(headers=dict(response.request.headers))
        except Exception:  # a reproducer is a courtesy; never let it hide the failure
            curl = ""
        body = getattr(response, "text", "") or ""
        stats.failures[key] = {
            "operation": operation,
            "check": check,
            "title": failure.title,
            "message": str(failure.message)[:MAX_SAMPLE_CHARS],
            "status": getattr(response, "status_code", None),
            "response": body[:MAX_SAMPLE_CHARS],
            "curl": curl[:MAX_SAMPLE_CHARS],
            "phases": [phase],
            "count": 1,
        }

    def as_json(self, exit_status: int | None = None) -> dict[str, Any]:
        providers = {}
        for provider, stats in self.providers.items():
            providers[provider] = {
                "skipped": stats.skipped,
                "operations": len(stats.operations),
                "operations_total": self.operations_total.get(provider),
                "cases": stats.cases,
                "cases_by_phase": dict(stats.cases_by_phase),
                "checks_passed": stats.passed,
                "checks_failed": stats.failed,
                "checks_excused": stats.excused,
                "checks": {name: dict(counts) for name, counts in sorted(stats.checks.items())},
                "statuses": {op: dict(sorted(c.items())) for op, c in sorted(stats.statuses.items())},
                "operations_without_success": sorted(
                    op for op, c in stats.statuses.items() if not any(200 <= s < 300 for s in c)
                ),
                "failures": sorted(stats.failures.values(), key=lambda f: (f["operation"], f["check"], f["title"])),
                "excuses": [
                    {"operation": op, "check": check, "reason": reason, "count": count}
                    for (op, check, reason), count in sorted(stats.excuses.items())
                ],
            }
        return {"exit_status": exit_status, "providers": providers}

    def write(self, path: Path, exit_status: int | None = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(self.as_json(exit_status), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _operation(case: Any) -> str:
    operation = case.operation
    return str(operation.definition.raw.get("operationId") or operation.label)


def _check_name(failure: Any) -> str:
    checks = getattr(failure, "checks", ())
    return str(checks[0]) if checks else str(failure.title)


COLLECTOR = Collector()
