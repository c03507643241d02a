"""Tolerant reading (specs/CONVENTIONS.md, "Tolerant reading"): a word the provider returns is an open string.

No schema reached from any operation's responses, nor from a webhook's request body or parameters (the provider
writes those too), closes a string with `enum`: the known values are documented (`examples`,
`x-smskit-known-values`) and an unknown one reaches the caller raw. A schema may keep its enum only with
`x-smskit-closed: <why>`. Request schemas of ordinary operations are ours to write and may keep their enums.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from smskit import PROVIDERS, load_spec
from tests.specs.openapi_walk import operations, pointer_escape, resolve

_CHILDREN_ONE = ("items", "additionalProperties", "not", "contains", "propertyNames", "unevaluatedItems",
                 "unevaluatedProperties", "if", "then", "else")  # fmt: skip
_CHILDREN_MANY = ("oneOf", "anyOf", "allOf", "prefixItems")
_CHILDREN_MAP = ("properties", "patternProperties", "dependentSchemas", "$defs")


def provider_written_schemas(spec: dict[str, Any]) -> Iterator[tuple[str, str, Any]]:
    """(where, pointer, schema) for every schema the provider writes: each operation's responses (bodies and
    headers), and each webhook's request body and parameters."""
    for op in operations(spec):
        where = op.node.get("operationId", op.label)
        parts: list[tuple[str, Any, str]] = [
            (f"{where} {status}", raw, f"{op.pointer}/responses/{pointer_escape(status)}")
            for status, raw in (op.node.get("responses") or {}).items()
        ]
        if op.path.startswith("webhook:"):  # the provider makes the request: its parameters and body are its words
            if "requestBody" in op.node:
                parts.append((f"{where} request", op.node["requestBody"], f"{op.pointer}/requestBody"))
            item_ptr = op.pointer.rsplit("/", 1)[0]
            for base, params in (
                (item_ptr, op.path_item.get("parameters", [])),
                (op.pointer, op.node.get("parameters", [])),
            ):
                for index, raw in enumerate(params):
                    param, param_ptr = resolve(spec, raw, f"{base}/parameters/{index}")
                    if "schema" in param:
                        yield f"{where} parameter {param.get('name')}", f"{param_ptr}/schema", param["schema"]
        for label, raw, ptr in parts:
            node, node_ptr = resolve(spec, raw, ptr)
            for media_type, media in (node.get("content") or {}).items():
                if "schema" in media:
                    yield (
                        f"{label} {media_type}",
                        f"{node_ptr}/content/{pointer_escape(media_type)}/schema",
                        media["schema"],
                    )
            for name, header in (node.get("headers") or {}).items():
                header, header_ptr = resolve(spec, header, f"{node_ptr}/headers/{pointer_escape(name)}")
                if "schema" in header:
                    yield f"{label} header {name}", f"{header_ptr}/schema", header["schema"]


def closed_strings(spec: dict[str, Any], schema: Any, pointer: str, seen: set[str]) -> Iterator[str]:
    """Pointers of schemas below `schema` (references followed, each visited once) with an `enum` holding a
    string and no `x-smskit-closed` reason."""
    schema, pointer = resolve(spec, schema, pointer)
    if not isinstance(schema, dict) or pointer in seen:
        return
    seen.add(pointer)
    enum = schema.get("enum")
    if isinstance(enum, list) and any(isinstance(value, str) for value in enum):
        reason = schema.get("x-smskit-closed")
        if not (isinstance(reason, str) and reason.strip()):
            yield pointer
    for key in _CHILDREN_ONE:
        if isinstance(schema.get(key), dict):
            yield from closed_strings(spec, schema[key], f"{pointer}/{key}", seen)
    for key in _CHILDREN_MANY:
        for index, child in enumerate(schema.get(key) or []):
            yield from closed_strings(spec, child, f"{pointer}/{key}/{index}", seen)
    for key in _CHILDREN_MAP:
        for name, child in (schema.get(key) or {}).items():
            yield from closed_strings(spec, child, f"{pointer}/{key}/{pointer_escape(name)}", seen)


def flagged(spec: dict[str, Any]) -> dict[str, list[str]]:
    """Closed-string schema pointer -> the answers that reach it."""
    found: dict[str, list[str]] = {}
    for where, pointer, schema in provider_written_schemas(spec):
        for closed in closed_strings(spec, schema, pointer, set()):
            found.setdefault(closed, []).append(where)
    return found


@pytest.mark.parametrize("provider", PROVIDERS)
def test_no_closed_enum_on_what_the_provider_returns(provider: str) -> None:
    """Every string the provider writes (answers, webhook payloads) is open: no `enum` without
    `x-smskit-closed: <why>`."""
    spec: dict[str, Any] = load_spec(provider)  # type: ignore[assignment]
    found = flagged(spec)
    lines = [f"#{pointer} (reached from {', '.join(sorted(set(where))[:3])}"
             f"{', ...' if len(set(where)) > 3 else ''})" for pointer, where in sorted(found.items())]  # fmt: skip
    assert not found, (
        f"{len(found)} closed string enum(s) in what {provider} returns; open them (`examples` or "
        f"`x-smskit-known-values`) or give `x-smskit-closed: <why>`:\n" + "\n".join(lines)
    )


def test_the_rule_sees_a_closed_enum_and_its_exception() -> None:
    """The walk finds an enum behind a $ref inside an array, in a response and in a webhook body, and honours
    `x-smskit-closed` (so the rule can fail, and its exception is the only way out)."""
    spec: dict[str, Any] = {
        "openapi": "3.1.0",
        "paths": {"/x": {"get": {"operationId": "x", "requestBody": {"content": {"application/json": {
            "schema": {"type": "string", "enum": ["mine"]}}}},  # a request schema: allowed
            "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}}}},
        "webhooks": {"dlr": {"post": {"parameters": [{"name": "st", "in": "query", "schema": {"enum": ["a"]}}],
            "requestBody": {"content": {"application/json": {"schema": {
            "type": "object", "properties": {"status": {"type": "string", "enum": ["DELIVRD"]}}}}}},
            "responses": {"200": {"description": "ok"}}}}},
        "components": {"schemas": {
            "A": {"type": "object", "properties": {
                "list": {"type": "array", "items": {"$ref": "#/components/schemas/B"}},
                                                   "why": {"type": "string", "enum": ["a"], "x-smskit-closed": "ours"},
                                                   "code": {"type": "integer", "enum": [1, 2]}}},
            "B": {"type": "string", "enum": ["OK", "KO"]},
        }},
    }  # fmt: skip
    assert sorted(flagged(spec)) == [
        "/components/schemas/B",
        "/webhooks/dlr/post/parameters/0/schema",
        "/webhooks/dlr/post/requestBody/content/application~1json/schema/properties/status",
    ]
