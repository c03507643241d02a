"""`x-smskit-callback`: each reading of a webhook names fields its payload schema has, status words its schema
documents, and headers the webhook carries (smskit.webhooks reads callbacks from this data alone)."""

from __future__ import annotations

from typing import Any

import pytest

from smskit import PROVIDERS
from smskit._spec import resolved_spec
from tests.specs.openapi_walk import HTTP_METHODS

NORMALISED = {"delivered", "failed", "expired", "pending"}
REQUIRED = {"delivery": {"message_id", "status"}, "inbound": {"sender", "text"}}
OPTIONAL = {"delivery": {"recipient", "at"}, "inbound": {"recipient", "at", "reply_to"}}


def _callbacks() -> list[tuple[str, str, dict[str, Any]]]:
    found = []
    for provider in PROVIDERS:
        for item in (resolved_spec(provider).get("webhooks") or {}).values():
            for method in HTTP_METHODS:
                node = item.get(method)
                if node is not None and "x-smskit-callback" in node:
                    found.append((provider, node["operationId"], node))
    return found


CALLBACKS = _callbacks()


def _payload(node: dict[str, Any]) -> dict[str, Any]:
    """The schema of the callback's fields: its request body's, or its one exploded query parameter's."""
    content = (node.get("requestBody") or {}).get("content") or {}
    if content:
        (media,) = content.values()
        schema: dict[str, Any] = media["schema"]
        return schema
    (payload,) = [p for p in node.get("parameters", []) if p["in"] == "query"]
    query_schema: dict[str, Any] = payload["schema"]
    return query_schema


def test_every_provider_with_callbacks_has_a_reading() -> None:
    """Delivery reports for all but EzzySMS (it documents none), inbound messages for Easify and TransmitSMS."""
    kinds = {(p, n["x-smskit-callback"]["kind"]) for p, _, n in CALLBACKS}
    assert kinds == {("easysendsms", "delivery"), ("easify", "delivery"), ("easify", "inbound"),
                     ("transmitsms", "delivery"), ("transmitsms", "inbound"), ("mobyt", "delivery")}  # fmt: skip


@pytest.mark.parametrize(("provider", "operation", "node"), CALLBACKS, ids=[f"{p}-{o}" for p, o, _ in CALLBACKS])
def test_a_reading_names_what_the_payload_has(provider: str, operation: str, node: dict[str, Any]) -> None:
    reading = node["x-smskit-callback"]
    kind, fields = reading["kind"], reading["fields"]
    assert REQUIRED[kind] <= fields.keys() <= REQUIRED[kind] | OPTIONAL[kind]
    properties = _payload(node).get("properties", {})
    missing = sorted(f for f in fields.values() if f not in properties)
    assert missing == [], f"{provider} {operation}: fields its payload schema lacks"
    if kind == "delivery":
        statuses = reading["statuses"]
        assert set(statuses.values()) <= NORMALISED
        word = properties[fields["status"]]
        documented = word.get("x-smskit-known-values", word.get("enum"))  # an open string lists its known words
        assert documented is not None, f"{provider} {operation}: the status field lists no known words"
        # every documented word is read explicitly, and no word the schema lacks
        assert set(statuses) == set(documented), f"{provider} {operation}: status words vs the schema's known values"
    headers = {p["name"] for p in node.get("parameters", []) if p["in"] == "header"}
    signature = reading.get("signature")
    if signature is not None:
        assert {signature["header"], signature["timestamp"]} <= headers
        assert signature["tolerance"] > 0
