"""What an excuse is, and the readers every provider's predicates share (answers, request inputs, operation)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

__all__ = ["EVERY_OPERATION", "Excuse", "Predicate", "field", "inputs", "listed", "operation_id"]

EVERY_OPERATION = "*"

Predicate = Callable[[Any, Any], bool]  # (case, response) -> is this answer the documented behaviour?


@dataclass(frozen=True)
class Excuse:
    provider: str
    operations: tuple[str, ...]  # operationIds, or ("*",): every operation of the provider
    check: str  # schemathesis check name
    reason: str  # the documented behaviour, with its source
    applies: Predicate


def _json(response: Any) -> Any:
    try:
        return json.loads(response.text or "null")
    except ValueError:  # a non-JSON answer is no documented error body
        return None


def field(response: Any, *path: str) -> Any:
    """The value at `path` in the answer's JSON body, or None where the body has no such field."""
    value = _json(response)
    for key in path:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def inputs(case: Any) -> dict[str, Any]:
    """Query parameters and body fields together (the GET and POST twins of an operation carry the same)."""
    merged: dict[str, Any] = dict(case.query or {})
    if isinstance(case.body, dict):
        merged.update(case.body)
    return merged


def listed(value: Any) -> list[Any]:
    """A form field that may be sent once or repeated, as a list."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def operation_id(case: Any) -> Any:
    return case.operation.definition.raw.get("operationId")
