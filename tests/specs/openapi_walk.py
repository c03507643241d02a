"""Walk an OpenAPI 3.1 document: operations, examples with the schema they must satisfy, and references."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def pointer_escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")


def resolve(spec: dict[str, Any], node: Any, pointer: str) -> tuple[Any, str]:
    """Follow local `$ref`s (to components) until a concrete node; return it with its JSON pointer."""
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), f"only local references are used: {ref}"
        pointer = ref[1:]
        node = spec
        for token in ref[2:].split("/"):
            node = node[token.replace("~1", "/").replace("~0", "~")]
    return node, pointer


@dataclass(frozen=True)
class Operation:
    method: str
    path: str  # the path, or `webhook:<name>` for a webhook
    pointer: str
    node: dict[str, Any]
    path_item: dict[str, Any]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


def operations(spec: dict[str, Any]) -> Iterator[Operation]:
    for section, prefix in (("paths", ""), ("webhooks", "webhook:")):
        for path, item in (spec.get(section) or {}).items():
            item, item_ptr = resolve(spec, item, f"/{section}/{pointer_escape(path)}")
            for method in HTTP_METHODS:
                if method in item:
                    yield Operation(method, prefix + path, f"{item_ptr}/{method}", item[method], item)


@dataclass(frozen=True)
class Example:
    where: str  # a readable location
    value: Any
    schema_pointer: str


def _media_examples(spec: dict[str, Any], content: dict[str, Any], ptr: str, where: str) -> Iterator[Example]:
    for media_type, media in content.items():
        media_ptr = f"{ptr}/content/{pointer_escape(media_type)}"
        if "schema" not in media:
            continue
        schema_ptr = f"{media_ptr}/schema"
        for name, example in (media.get("examples") or {}).items():
            example, _ = resolve(spec, example, "")
            if "value" in example:
                yield Example(f"{where} {media_type} example {name!r}", example["value"], schema_ptr)
        if "example" in media:
            yield Example(f"{where} {media_type} example", media["example"], schema_ptr)


def examples(spec: dict[str, Any]) -> Iterator[Example]:
    """Every example in the document, with the pointer of the schema it has to validate against."""
    for op in operations(spec):
        params = [*op.path_item.get("parameters", []), *op.node.get("parameters", [])]
        for index, raw in enumerate(params):
            param, param_ptr = resolve(spec, raw, f"{op.pointer}/parameters/{index}")
            where = f"{op.label} parameter {param.get('name')}"
            if "schema" in param:
                for name, example in (param.get("examples") or {}).items():
                    example, _ = resolve(spec, example, "")
                    if "value" in example:
                        yield Example(f"{where} example {name!r}", example["value"], f"{param_ptr}/schema")
                if "example" in param:
                    yield Example(f"{where} example", param["example"], f"{param_ptr}/schema")
            if "content" in param:
                yield from _media_examples(spec, param["content"], param_ptr, where)
        if "requestBody" in op.node:
            body, body_ptr = resolve(spec, op.node["requestBody"], f"{op.pointer}/requestBody")
            yield from _media_examples(spec, body.get("content", {}), body_ptr, f"{op.label} request")
        for status, raw in (op.node.get("responses") or {}).items():
            response, resp_ptr = resolve(spec, raw, f"{op.pointer}/responses/{status}")
            yield from _media_examples(spec, response.get("content", {}), resp_ptr, f"{op.label} {status}")


def references(node: Any) -> Iterator[str]:
    """Every `$ref` string below `node`."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from references(value)
    elif isinstance(node, list):
        for value in node:
            yield from references(value)


def reachable_components(spec: dict[str, Any]) -> set[str]:
    """Pointers (`#/components/<kind>/<name>`) reachable from paths, webhooks and security requirements."""
    roots = {key: spec[key] for key in ("paths", "webhooks", "security") if key in spec}
    seen: set[str] = set()
    todo = [ref for ref in references(roots) if ref.startswith("#/components/")]
    while todo:
        ref = todo.pop()
        # A reference into a component (…/schemas/X/properties/y) uses the component itself.
        component = "/".join(ref.split("/")[:4])
        if component in seen:
            continue
        seen.add(component)
        node, _ = resolve(spec, {"$ref": component}, "")
        todo.extend(r for r in references(node) if r.startswith("#/components/"))
    return seen


def security_scheme_names(spec: dict[str, Any]) -> set[str]:
    names: set[str] = set()
    for requirement in spec.get("security", []):
        names.update(requirement)
    for op in operations(spec):
        for requirement in op.node.get("security", []):
            names.update(requirement)
    return names
