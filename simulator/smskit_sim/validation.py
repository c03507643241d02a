"""Request validation compiled once from the provider's spec (compiled at generation: no `$ref` left in it).

For each operation the body schema and an object schema built from its query parameters are compiled with
jsonschema-rs when the app starts; a request then costs one `is_valid` call, and only an invalid one is
walked for its violations, which the provider module turns into that provider's documented error.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs
import jsonschema_rs

__all__ = ["CompiledOperation", "Violation", "compile_operations"]

HTTP_METHODS = ("get", "put", "post", "delete", "patch")


@attrs.frozen
class Violation:
    """One broken rule: the top-level field it is about ('' for the whole input) and the JSON Schema keyword."""

    field: str
    rule: str
    message: str


def _compile(schema: dict[str, Any]) -> Any:
    # The spec's `$ref`s were resolved at generation (tools/generate.py): each schema stands alone.
    return jsonschema_rs.validator_for(schema)


def _caster(schema: dict[str, Any]) -> Callable[[str], Any]:
    """Turn a query/form string into the JSON type its schema names; leave it alone if it does not parse."""
    types = schema.get("type")
    types = set(types) if isinstance(types, list) else {types}

    def cast(raw: str) -> Any:
        if "integer" in types:
            try:
                return int(raw)
            except ValueError:
                pass
        if "number" in types:
            try:
                return float(raw)
            except ValueError:
                pass
        if "boolean" in types and raw in ("true", "false"):
            return raw == "true"
        return raw

    return cast


def _violations(validator: Any, instance: Any) -> list[Violation]:
    found = []
    for error in validator.iter_errors(instance):
        kind = error.kind
        rule = kind.name
        path = list(error.instance_path)
        field = str(kind.property) if rule == "required" else (str(path[0]) if path else "")
        found.append(Violation(field, rule, error.message))
    return found


class CompiledOperation:
    """The input rules of one operation: body (JSON, form or multipart) and query parameters."""

    def __init__(self, method: str, path: str, node: dict[str, Any]) -> None:
        self.operation_id: str = node["operationId"]
        self.method, self.path, self.node = method, path, node
        params = node.get("parameters", [])
        query = [p for p in params if p.get("in") == "query" and "schema" in p]
        self.query_schema = {
            "type": "object",
            "properties": {p["name"]: p["schema"] for p in query},
            "required": [p["name"] for p in query if p.get("required")],
        }
        self._query = _compile(self.query_schema)
        self._query_cast = {p["name"]: _caster(p["schema"]) for p in query}
        self._bodies: dict[str, Any] = {}
        self._form_cast: dict[str, dict[str, Callable[[str], Any]]] = {}
        if "requestBody" in node:
            body = node["requestBody"]
            for media_type, media in body.get("content", {}).items():
                schema = media.get("schema", {})
                self._bodies[media_type] = _compile(schema)
                props = schema.get("properties", {})
                self._form_cast[media_type] = {name: _caster(s) for name, s in props.items()}

    @property
    def media_types(self) -> tuple[str, ...]:
        return tuple(self._bodies)

    def query(self, raw: Mapping[str, str]) -> tuple[dict[str, Any], list[Violation]]:
        """Typed query parameters and the rules they break."""
        values = {k: self._query_cast.get(k, str)(v) for k, v in raw.items()}
        if self._query.is_valid(values):
            return values, []
        return values, _violations(self._query, values)

    def form(self, media_type: str, raw: Mapping[str, str]) -> dict[str, Any]:
        """A form or multipart body's string fields, typed by the body schema."""
        cast = self._form_cast.get(media_type, {})
        return {k: cast.get(k, str)(v) if isinstance(v, str) else v for k, v in raw.items()}

    def body(self, media_type: str, value: Any) -> list[Violation]:
        """The rules a decoded body breaks (empty when valid)."""
        validator = self._bodies[media_type]
        if validator.is_valid(value):
            return []
        return _violations(validator, value)


def compile_operations(spec: dict[str, Any]) -> dict[str, CompiledOperation]:
    """Every operation of `spec` (a document compiled at generation: `smskit_sim.spec.document`), by operationId."""
    compiled = {}
    for path, item in spec.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                op = CompiledOperation(method, path, item[method])
                compiled[op.operation_id] = op
    return compiled
