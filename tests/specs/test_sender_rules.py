"""`x-smskit-sender` (specs/CONVENTIONS.md): every send says which senders it takes, in one shape, agreeing with
the schema of the field the sender goes in and with the documents' own examples."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from smskit import PROVIDERS, load_spec
from tests.specs.openapi_walk import Operation, operations, resolve

providers = pytest.mark.parametrize("provider", PROVIDERS)

# Senders of every kind, to compare the rules with the schemas.
PROBES = ["Shop", "MyShop", "My Shop", "SenderName", "ABCDEFGHIJK", "ABCDEFGHIJKL", "A", "12345", "+14155550100",
          "14155550100", "123456789012345", "+123456789012345", "1234567890123456", "شركة", "Shöp", "Shop😀",
          "Shop!", "+Shop", "+1 (320) 555-0100", "320.555.0100", " ", "Sh\nop", "Sh\x00op", ""]  # fmt: skip


def takes(rules: dict[str, Any], sender: str) -> bool:
    """Whether `rules` (an `x-smskit-sender`) take `sender`, as CONVENTIONS.md words it."""
    if not sender or sender.isspace() or any(not c.isprintable() for c in sender):
        return False
    numeric = rules["numeric"]
    if numeric is not None:
        digits = sender[1:] if numeric["allow_plus"] and sender.startswith("+") else sender
        digits = "".join(c for c in digits if c not in numeric.get("separators", ""))
        if digits.isascii() and digits.isdigit():
            return len(digits) <= numeric["max_length"]
    alphanumeric = rules["alphanumeric"]
    if alphanumeric is None:
        return False
    ascii_only = alphanumeric["letters"] == "ascii"
    ok = all(c in alphanumeric.get("extra", "") or (c.isalnum() and (c.isascii() or not ascii_only)) for c in sender)
    return ok and len(sender) <= alphanumeric["max_length"]


def sends(spec: dict[str, Any]) -> Iterator[Operation]:
    return (op for op in operations(spec) if "x-smskit-text" in op.node)


def sender_fields(spec: dict[str, Any], op: Operation, name: str) -> Iterator[tuple[str, dict[str, Any], bool]]:
    """(where, schema, required) of every place the operation takes field `name`: body properties, parameters."""
    params = [*op.path_item.get("parameters", []), *op.node.get("parameters", [])]
    for index, raw in enumerate(params):
        param, pointer = resolve(spec, raw, f"{op.pointer}/parameters/{index}")
        if param.get("name") == name and "schema" in param:
            yield f"{pointer}/schema", param["schema"], bool(param.get("required", False))
    if "requestBody" in op.node:
        body, body_pointer = resolve(spec, op.node["requestBody"], f"{op.pointer}/requestBody")
        for media_type, media in body.get("content", {}).items():
            schema, pointer = resolve(spec, media.get("schema", {}), f"{body_pointer}/content/{media_type}/schema")
            if name in schema.get("properties", {}):
                yield (f"{pointer}/properties/{name}", schema["properties"][name],
                       name in schema.get("required", []))  # fmt: skip


def documented_senders(spec: dict[str, Any], op: Operation, name: str) -> Iterator[tuple[str, Any]]:
    """The senders the operation's examples carry (request bodies and the parameter's own examples)."""
    if "requestBody" in op.node:
        body, _ = resolve(spec, op.node["requestBody"], "")
        for media in body.get("content", {}).values():
            for label, example in (media.get("examples") or {}).items():
                value = resolve(spec, example, "")[0].get("value")
                if isinstance(value, dict) and name in value:
                    yield f"{op.label} example {label!r}", value[name]
    for raw in op.node.get("parameters", []):
        param, _ = resolve(spec, raw, "")
        if param.get("name") == name:
            for label, example in (param.get("examples") or {}).items():
                yield f"{op.label} {name} example {label!r}", resolve(spec, example, "")[0].get("value")


@providers
def test_every_send_says_which_senders_it_takes(provider: str) -> None:
    """Each send operation has an `x-smskit-sender` of the documented shape, and only send operations have one."""
    spec = load_spec(provider)
    problems = []
    for op in operations(spec):
        rules = op.node.get("x-smskit-sender")
        if "x-smskit-text" not in op.node:
            if rules is not None:
                problems.append(f"{op.label}: x-smskit-sender on an operation that is no send")
            continue
        if not isinstance(rules, dict) or set(rules) != {"parameter", "required", "numeric", "alphanumeric"}:
            problems.append(f"{op.label}: x-smskit-sender missing or not {{parameter, required, numeric, "
                            f"alphanumeric}}: {rules!r}")  # fmt: skip
            continue
        if not isinstance(rules["parameter"], str) or not isinstance(rules["required"], bool):
            problems.append(f"{op.label}: parameter must be a field name, required a boolean")
        numeric, alphanumeric = rules["numeric"], rules["alphanumeric"]
        if numeric is None and alphanumeric is None:
            problems.append(f"{op.label}: takes no sender at all")
        if numeric is not None and not (
            isinstance(numeric, dict) and {"max_length", "allow_plus"} <= set(numeric) <= {"max_length", "allow_plus",
                                                                                        "separators"}
            and isinstance(numeric["max_length"], int) and numeric["max_length"] >= 1
            and isinstance(numeric["allow_plus"], bool)
            and all(not c.isalnum() and c.isprintable() for c in numeric.get("separators", "") or "")
        ):  # fmt: skip
            problems.append(f"{op.label}: numeric is not {{max_length: int, allow_plus: bool, separators: str}}")
        if alphanumeric is not None and not (
            isinstance(alphanumeric, dict) and {"max_length", "letters"} <= set(alphanumeric)
            <= {"max_length", "letters", "extra"}
            and isinstance(alphanumeric["max_length"], int) and alphanumeric["max_length"] >= 1
            and alphanumeric["letters"] in {"any", "ascii"}
            and isinstance(alphanumeric.get("extra", ""), str)
            and all(not c.isalnum() and c.isprintable() for c in alphanumeric.get("extra", ""))
        ):  # fmt: skip
            problems.append(f"{op.label}: alphanumeric is not {{max_length: int, letters: any | ascii, extra: str}}")
    assert not problems, "\n".join(problems)


@providers
def test_the_sender_field_exists_and_required_agrees(provider: str) -> None:
    """`parameter` names a field of the request; `required` is what its schema says."""
    spec = load_spec(provider)
    problems = []
    for op in sends(spec):
        rules = op.node["x-smskit-sender"]
        fields = list(sender_fields(spec, op, rules["parameter"]))
        if not fields:
            problems.append(f"{op.label}: no request field {rules['parameter']!r}")
        problems += [f"{op.label}: {where} required={required}, x-smskit-sender required={rules['required']}"
                     for where, _, required in fields if required != rules["required"]]  # fmt: skip
    assert not problems, "\n".join(problems)


@providers
def test_the_rules_are_no_looser_than_the_schema(provider: str) -> None:
    """A sender the rules take also satisfies the schema (pattern, lengths) of the field it goes in."""
    spec = load_spec(provider)
    registry = Registry().with_resource("urn:spec", Resource.from_contents(spec, default_specification=DRAFT202012))
    problems = []
    for op in sends(spec):
        rules = op.node["x-smskit-sender"]
        for where, _, _ in sender_fields(spec, op, rules["parameter"]):
            validator = Draft202012Validator({"$ref": f"urn:spec#{where}"}, registry=registry)
            problems += [f"{op.label}: {probe!r} taken by the rules, refused by {where}"
                         for probe in PROBES if takes(rules, probe) and not validator.is_valid(probe)]  # fmt: skip
    assert not problems, "\n".join(problems)


@providers
def test_the_documents_example_senders_are_taken(provider: str) -> None:
    """The documents' own example senders pass the rules (masked `****` numbers and empty ones aside)."""
    spec = load_spec(provider)
    problems = []
    for op in sends(spec):
        rules = op.node["x-smskit-sender"]
        for where, value in documented_senders(spec, op, rules["parameter"]):
            if isinstance(value, str) and value and "*" not in value and not takes(rules, value):
                problems.append(f"{where}: {value!r} is refused by x-smskit-sender")
    assert not problems, "\n".join(problems)
