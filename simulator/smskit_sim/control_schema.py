"""The control API's bodies, read safely and checked against its own description (`control.yaml`).

The description is the validator: each body schema is compiled once with jsonschema-rs, so what the
description says and what the simulator refuses cannot drift apart. Before the schema, a body must be JSON
nested at most `MAX_DEPTH` levels, with only finite numbers (Python's parser takes NaN, Infinity and 1e400,
which no JSON answer can carry back: they would break every later read of the state).
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable
from typing import Any

import jsonschema_rs
from starlette.requests import Request

from smskit_specs import sim_control

__all__ = ["MAX_DEPTH", "BadRequest", "check", "check_fault", "description", "read_json"]

MAX_DEPTH = 32
_LONGEST = 300  # characters of one rule's message: a 4,000-digit number need not be quoted whole


class BadRequest(Exception):
    """A 400 answer: the message names the field and the rule."""


@functools.cache
def description() -> dict[str, Any]:
    """The control API's OpenAPI 3.1 description: control.yaml, compiled at generation (`smskit_specs.sim_control`)."""
    return sim_control.DESCRIPTION


def _schemas() -> dict[str, Any]:
    schemas: dict[str, Any] = description()["components"]["schemas"]
    return schemas


@functools.cache
def _validator(name: str) -> Any:
    # Local references (#/components/...) resolve against a root that carries the description's components.
    root = {"$ref": f"#/components/schemas/{name}", "components": description()["components"]}
    return jsonschema_rs.validator_for(root)


async def read_json(request: Request) -> Any:
    """The request's JSON body; BadRequest for none, for one that is not JSON, too deep, or not finite."""
    raw = await request.body()
    if not raw.strip():
        raise BadRequest("a JSON body is required")
    try:
        body = json.loads(raw)
    except RecursionError:
        raise BadRequest(f"the body nests too deep (at most {MAX_DEPTH} levels)") from None
    except ValueError as exc:
        raise BadRequest(f"the body is not JSON: {exc}"[:_LONGEST]) from None
    _refuse_hostile(body)
    return body


def _refuse_hostile(body: Any) -> None:
    stack: list[tuple[Any, tuple[str | int, ...]]] = [(body, ())]
    while stack:  # a loop, not recursion: the parser may hand over a thousand levels
        node, path = stack.pop()
        if len(path) > MAX_DEPTH:
            raise BadRequest(f"the body nests too deep (at most {MAX_DEPTH} levels)")
        if isinstance(node, float) and not math.isfinite(node):
            raise BadRequest(f"{_where(path)}NaN, Infinity and numbers beyond a double (1.8e308) are not numbers")
        if isinstance(node, dict):
            stack.extend((value, (*path, key)) for key, value in node.items())
        elif isinstance(node, list):
            stack.extend((value, (*path, index)) for index, value in enumerate(node))


def _where(path: tuple[str | int, ...]) -> str:
    """`[1] `seconds` at plan[0]: ` for path (1, "seconds", "plan", 0): the top-level field, then where in it."""
    prefix = ""
    while path and isinstance(path[0], int):
        prefix, path = f"{prefix}[{path[0]}] ", path[1:]
    if not path:
        return prefix or "the body: "
    rest = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path[1:]).lstrip(".")
    return f"{prefix}`{path[0]}`{' at ' + rest if rest else ''}: "


def check(name: str, value: Any, *, field: str | None = None, prefix: tuple[int, ...] = ()) -> None:
    """BadRequest naming every rule of schema `name` that `value` breaks (as `field`, for a lone value)."""
    validator = _validator(name)
    if validator.is_valid(value):
        return
    problems = []
    for error in validator.iter_errors(value):
        path = (*prefix, *([field] if field else []), *error.instance_path)
        kind = error.kind
        if kind.name == "additionalProperties" and not error.instance_path:
            valid = ", ".join(_schemas()[name].get("properties", {}))
            unknown = ", ".join(f"`{key}`" for key in kind.unexpected)
            problems.append(f"{_where(prefix)}unknown field {unknown}; the valid fields are {valid}")
        elif kind.name == "required":
            problems.append(f"{_where((*path, kind.property))}required")
        elif kind.name == "enum":  # jsonschema-rs names only the first two: a client needs them all
            problems.append(f"{_where(path)}must be one of {', '.join(map(str, kind.options))}")
        else:
            problems.append(f"{_where(path)}{error.message}"[:_LONGEST])
    raise BadRequest("; ".join(problems))


def check_fault(spec: Any, operations: Callable[[str | None], list[str]], prefix: tuple[int, ...] = ()) -> None:
    """A fault against the schema its `kind` names (the description's discriminator, so that errors name fields),
    then its `operation` against `operations(provider)`, the operationIds of that provider (None: of any)."""
    kinds = _schemas()["FaultKind"]["enum"]
    if not isinstance(spec, dict):
        raise BadRequest(f"{_where(prefix)}a fault is a JSON object")
    if spec.get("kind") not in kinds:
        raise BadRequest(f"{_where((*prefix, 'kind'))}one of {', '.join(kinds)} is required")
    mapping = _schemas()["FaultSpec"]["discriminator"]["mapping"]
    check(mapping[spec["kind"]].rsplit("/", 1)[1], spec, prefix=prefix)
    provider, operation = spec.get("provider"), spec.get("operation")
    known = operations(provider)
    if operation is not None and operation not in known:
        whose = f"{provider}'s" if provider else "any provider's"
        raise BadRequest(f"{_where((*prefix, 'operation'))}an operationId of {whose} spec: {', '.join(known)}")
