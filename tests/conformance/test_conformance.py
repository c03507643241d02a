"""Every provider spec, fuzzed by schemathesis 4 against the in-process simulator, with every check.

One test per provider, phase and operation for the examples, coverage and fuzzing phases
(`test_examples[<provider>][<METHOD /path>]`, ...), and one stateful test per provider that follows the specs'
OpenAPI links, starting every scenario from a freshly reset simulator. `harness.py` says how each provider is
reached and authenticated; `excuses/` lists the only failures accepted, each with the documented behaviour
that makes it a false positive; `results.py` counts every check for the table printed at the end.
"""

from __future__ import annotations

from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis import Case

from tests.conformance.harness import (
    DETERMINISTIC,
    PROVIDERS,
    SEED,
    STATEFUL_EXAMPLES,
    STATEFUL_STEPS,
    provider_of,
    schemas_for,
    target,
)
from tests.conformance.results import COLLECTOR


def _skip_placeholder(provider: str) -> None:
    if not target(provider).ready:
        reason = f"the {provider} simulator module mounts no routes yet (placeholder)"
        COLLECTOR.skipped(provider, reason)
        pytest.skip(reason)


def _run(phase: str, case: Case[Any]) -> None:
    provider = provider_of(case)
    _skip_placeholder(provider)
    target(provider).enter(f"{phase} {case.operation.label}")  # each operation from a reset, seeded simulator
    case.call_and_validate()


@schemathesis.pytest.parametrize(**schemas_for("examples"))
def test_examples(case: Case[Any]) -> None:
    """The documents' own examples, as the spec carries them, and their combinations."""
    _run("examples", case)


@schemathesis.pytest.parametrize(**schemas_for("coverage"))
def test_coverage(case: Case[Any]) -> None:
    """Every boundary and every constraint broken one at a time (schemathesis' coverage phase)."""
    _run("coverage", case)


@schemathesis.pytest.parametrize(**schemas_for("fuzzing"))
def test_fuzzing(case: Case[Any]) -> None:
    """Random schema-valid and schema-invalid requests (hypothesis), `SMSKIT_CONFORMANCE_EXAMPLES` per operation."""
    _run("fuzzing", case)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_stateful(provider: str) -> None:
    """Scenarios that follow the spec's links (send -> read / cancel, create list -> add member -> read ...)."""
    schema = schemas_for("stateful")[provider]
    if schema.statistic.transitions.total == 0:
        pytest.skip(f"the {provider} spec declares no links between operations")
    _skip_placeholder(provider)
    the_target = target(provider)

    class Scenario(schema.as_state_machine()):  # type: ignore[misc]
        def setup(self) -> None:
            the_target.prepare()  # every scenario starts from a reset simulator

    if not DETERMINISTIC:  # SMSKIT_CONFORMANCE_SEED: the same scenarios for the same seed (what @seed sets)
        Scenario._hypothesis_internal_use_seed = SEED
    Scenario.run(
        settings=hypothesis.settings(
            max_examples=STATEFUL_EXAMPLES,
            stateful_step_count=STATEFUL_STEPS,
            derandomize=DETERMINISTIC,
            database=None,
            deadline=None,
            suppress_health_check=list(hypothesis.HealthCheck),
        )
    )
