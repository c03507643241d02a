"""The only check failures the conformance suite accepts, each tied to behaviour the provider documents.

An excuse covers one check on named operations of one provider, and only the answers its `applies` predicate
recognises as that documented behaviour (the provider's own error code or text, and inputs that really break
the documented rule): the check keeps running on every other answer. Each names, in `reason` and in the
comment above it, the documented behaviour that makes the failure a false positive; typically a rule the
schema cannot state (a relation between fields, calendar validity, the state of the account), or a provider
that gives a standard HTTP status its own meaning. Excused failures are counted and listed in the report,
never hidden. Every other failure is a simulator bug or a spec bug, and fails the suite.

Layout: one module per provider, each a table `EXCUSES` whose predicates stand just above it; `generic` holds
the rules several providers share (text limits read from the spec's `x-smskit-text`, real dates, IANA zones,
phone numbers); `base` the `Excuse` record and the readers of cases and answers. To add an excuse, add an entry
(and its predicate) to the provider's module: the order within a table is the order excuses are tried.
"""

from __future__ import annotations

from typing import Any

from tests.conformance.excuses import easify, easysendsms, ezzysms, mobyt, transmitsms
from tests.conformance.excuses.base import EVERY_OPERATION, Excuse

__all__ = ["EXCUSES", "Excuse", "excuse_for"]

EXCUSES: tuple[Excuse, ...] = (
    *easysendsms.EXCUSES,
    *ezzysms.EXCUSES,
    *easify.EXCUSES,
    *transmitsms.EXCUSES,
    *mobyt.EXCUSES,
)


def excuse_for(provider: str | None, failure: Any, case: Any, response: Any) -> str | None:
    """The reason a failure is a documented false positive, or None when it is a real failure."""
    checks = getattr(failure, "checks", ())
    operation = case.operation.definition.raw.get("operationId")
    for excuse in EXCUSES:
        named = EVERY_OPERATION in excuse.operations or operation in excuse.operations
        if excuse.provider == provider and named and excuse.check in checks and excuse.applies(case, response):
            return excuse.reason
    return None
