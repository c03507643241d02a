"""The rules every spec follows (specs/CONVENTIONS.md), checked on all five."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from smskit import PROVIDERS, load_spec
from tests.specs.documented_errors import DOCUMENTED, EZZYSMS_CODES, Documented
from tests.specs.openapi_walk import (
    examples,
    operations,
    reachable_components,
    resolve,
    security_scheme_names,
)

KINDS = {
    "authentication",
    "permission",
    "insufficient_credit",
    "invalid_recipient",
    "unroutable",
    "invalid_sender",
    "invalid_message",
    "invalid_request",
    "blacklisted",
    "rate_limited",
    "not_found",
    "conflict",
    "unavailable",
    "internal",
}
RETRY = {"safe", "no", "unsafe"}
SOURCE = re.compile(r"^(seeds/\d{3}_[0-9a-f]{16}\.txt|providers/[a-z-]+\.md(#.+)?|https://\S+)$")

providers = pytest.mark.parametrize("provider", PROVIDERS)


def effective_errors(spec: dict[str, Any], operation: dict[str, Any]) -> list[dict[str, Any]]:
    """The operation's error table: the provider-wide one, with the operation's own entries winning."""
    own = operation.get("x-smskit-errors", [])
    own_codes = {entry["code"] for entry in own}
    return [*own, *(e for e in spec.get("x-smskit-errors", []) if e["code"] not in own_codes)]


@providers
def test_spec_is_valid_openapi_31(provider: str) -> None:
    """Each spec is a valid OpenAPI 3.1 document."""
    spec = load_spec(provider)
    assert spec["openapi"].startswith("3.1")
    validate(spec)


@providers
def test_every_example_validates_against_its_schema(provider: str) -> None:
    """The documents' examples, attached to the spec, satisfy the schemas they illustrate."""
    spec = load_spec(provider)
    registry = Registry().with_resource("urn:spec", Resource.from_contents(spec, default_specification=DRAFT202012))
    found = list(examples(spec))
    assert found, "the spec carries the documents' examples"
    failures = []
    for example in found:
        validator = Draft202012Validator({"$ref": f"urn:spec#{example.schema_pointer}"}, registry=registry)
        failures += [f"{example.where}: {error.message}" for error in validator.iter_errors(example.value)]
    assert not failures, "\n".join(failures)


@providers
def test_operations_are_identified_tagged_sourced_and_answer_4xx(provider: str) -> None:
    """Every operation has a unique operationId, one declared tag, a summary, a source and a 4xx answer."""
    spec = load_spec(provider)
    declared_tags = {tag["name"] for tag in spec.get("tags", [])}
    ids = Counter()
    problems = []
    for op in operations(spec):
        node = op.node
        ids[node.get("operationId")] += 1
        if not node.get("operationId"):
            problems.append(f"{op.label}: no operationId")
        if len(node.get("tags", [])) != 1 or node["tags"][0] not in declared_tags:
            problems.append(f"{op.label}: needs exactly one tag declared in `tags`")
        if not node.get("summary"):
            problems.append(f"{op.label}: no summary")
        sources = node.get("x-smskit-source")
        sources = [sources] if isinstance(sources, str) else sources or []
        if not sources or not all(SOURCE.match(s) for s in sources):
            problems.append(f"{op.label}: x-smskit-source missing or malformed: {sources!r}")
        if not op.path.startswith("webhook:") and not any(str(s).startswith("4") for s in node.get("responses", {})):
            problems.append(f"{op.label}: no 4xx response")
    problems += [f"operationId {name!r} used {n} times" for name, n in ids.items() if n > 1]
    assert not problems, "\n".join(problems)


@providers
def test_no_unused_components(provider: str) -> None:
    """Every component is reachable from an operation, a webhook or a security requirement."""
    spec = load_spec(provider)
    used = reachable_components(spec)
    schemes = security_scheme_names(spec)
    unused = [
        f"#/components/{kind}/{name}"
        for kind, items in spec.get("components", {}).items()
        for name in items
        if (name not in schemes if kind == "securitySchemes" else f"#/components/{kind}/{name}" not in used)
    ]
    assert not unused, unused


@providers
def test_links_name_existing_operations(provider: str) -> None:
    """Every link points at an operationId of the same spec."""
    spec = load_spec(provider)
    ids = {op.node.get("operationId") for op in operations(spec)}
    bad = []
    for op in operations(spec):
        for status, raw in op.node.get("responses", {}).items():
            response, _ = resolve(spec, raw, "")
            for name, link in (response.get("links") or {}).items():
                link, _ = resolve(spec, link, "")
                if link.get("operationId") not in ids:
                    bad.append(f"{op.label} {status} link {name!r} -> {link.get('operationId')!r}")
    assert not bad, bad


@providers
def test_error_tables_are_well_formed_and_answered(provider: str) -> None:
    """x-smskit-errors entries carry a kind and a retry rule, and each status is a declared response."""
    spec = load_spec(provider)
    problems = []
    for op in operations(spec):
        if op.path.startswith("webhook:"):
            continue
        statuses = {str(s) for s in op.node.get("responses", {})}
        for entry in effective_errors(spec, op.node):
            where = f"{op.label} {entry.get('code')!r}"
            if entry.get("kind") not in KINDS:
                problems.append(f"{where}: kind {entry.get('kind')!r}")
            if entry.get("retry") not in RETRY:
                problems.append(f"{where}: retry {entry.get('retry')!r}")
            if entry.get("aborts") not in (None, "recipient", "request"):
                problems.append(f"{where}: aborts {entry.get('aborts')!r} (recipient | request)")
            elif entry.get("aborts") and (entry.get("retry") == "unsafe" or op.node.get("x-smskit-batch") is None):
                problems.append(f"{where}: aborts belongs on a refusal (not unsafe) of a batched send")
            if not isinstance(entry.get("status"), int) or not isinstance(entry.get("description"), str):
                problems.append(f"{where}: needs an integer status and the provider's description")
            elif not statuses & {str(entry["status"]), f"{str(entry['status'])[0]}XX", "default"}:
                problems.append(f"{where}: status {entry['status']} is not a declared response")
    assert not problems, "\n".join(problems)


def _find(spec: dict[str, Any], doc: Documented) -> str | None:
    """None when `doc` is in its operation's error table, else what is wrong."""
    for op in operations(spec):
        if (op.method, op.path) != (doc.method, doc.path):
            continue
        for entry in effective_errors(spec, op.node):
            same_code = doc.code is None or entry["code"] == doc.code
            if same_code and entry["status"] == doc.status and doc.text in entry["description"]:
                return None
        return f"{doc} is not in the error table of {op.label}"
    return f"{doc.method.upper()} {doc.path} is not an operation of the spec"


@pytest.mark.parametrize("provider", sorted(DOCUMENTED))
def test_every_documented_error_is_in_the_spec(provider: str) -> None:
    """Each error code the documents list appears, with its status, on the operation it belongs to."""
    spec = load_spec(provider)
    missing = [problem for doc in DOCUMENTED[provider] if (problem := _find(spec, doc))]
    assert not missing, "\n".join(missing)


def test_every_documented_ezzysms_error_is_on_every_send() -> None:
    """EzzySMS documents its error statuses for sending: each send operation's table has all of them."""
    spec = load_spec("ezzysms")
    sends = [op for op in operations(spec) if "x-smskit-text" in op.node]
    assert len(sends) == 2, "a JSON POST and a query-string GET send"
    for op in sends:
        codes = {(e["code"], e["status"]) for e in effective_errors(spec, op.node)}
        assert {(c, c) for c in EZZYSMS_CODES} <= codes, op.label


@providers
def test_behaviour_extensions_are_well_formed(provider: str) -> None:
    """Rate limits, batching and text limits are data the overlay and simulator can read."""
    spec = load_spec(provider)
    limits = [spec["x-smskit-rate-limit"]] if "x-smskit-rate-limit" in spec else []
    sends = []
    for op in operations(spec):
        if "x-smskit-rate-limit" in op.node:
            limits.append(op.node["x-smskit-rate-limit"])
        if "x-smskit-batch" in op.node:
            sends.append(op)
    for limit in limits:
        assert isinstance(limit["requests"], int) and limit["requests"] > 0
        assert limit["per"] in {"second", "minute", "hour"}
        assert limit["scope"] in {"account", "ip"}
    assert any("x-smskit-text" in op.node for op in sends), "a send says how recipients are batched and text limited"
    for op in sends:
        batch = op.node["x-smskit-batch"]
        assert batch["number_format"] in {"digits", "e164", "national"}, op.label
        assert isinstance(batch["max"], int) and batch["max"] >= 1, op.label
        assert batch["separator"] in {",", None}, op.label
        text = op.node.get("x-smskit-text", {"max_parts": None})
        assert text["max_parts"] is None or isinstance(text["max_parts"], int), op.label
    body = spec.get("x-smskit-error-body", {})
    assert "description" in body, "x-smskit-error-body says where the provider's message is"


@providers
def test_no_scalar_that_yaml_parsers_read_differently(provider: str) -> None:
    """Unquoted numbers with a leading zero are strings to YAML 1.1 and integers to YAML 1.2: quote them."""
    from smskit import spec_path

    ambiguous = [
        f"line {number}: {line.strip()}"
        for number, line in enumerate(spec_path(provider).read_text(encoding="utf-8").splitlines(), 1)
        if re.search(r"(:|-)\s+0[0-9]+\s*(#.*)?$", line)
    ]
    assert not ambiguous, ambiguous
