"""The specs as the simulator reads them, both compiled at generation (tools/generate.py), so nothing parses YAML:

- `behaviour(id)`: `smskit_specs.<id>.PROVIDER`, the typed model (servers, operations, rate limits, batching,
  text and sender rules, error tables);
- `document(id)`: `smskit_specs.<id>_spec.SPEC`, the document itself with every `$ref` resolved, for what the
  model does not carry (the JSON Schemas of parameters and bodies);
- `operations(id)`: each operation's request validators, compiled from the document once per process.
"""

from __future__ import annotations

import functools
import importlib
from typing import TYPE_CHECKING, Any

from smskit_specs.model import ProviderSpec

if TYPE_CHECKING:
    from smskit_sim.validation import CompiledOperation

__all__ = ["behaviour", "document", "operation_ids", "operations"]


@functools.cache
def behaviour(provider: str) -> ProviderSpec:
    model: ProviderSpec = importlib.import_module(f"smskit_specs.{provider}").PROVIDER
    return model


@functools.cache
def operation_ids(provider: str | None) -> list[str]:
    """The operationIds a fault may name: `provider`'s, or every provider's when None (sorted)."""
    from smskit_specs import PROVIDERS

    return sorted({op for p in ([provider] if provider else PROVIDERS) for op in behaviour(p).operations})


@functools.cache
def document(provider: str) -> dict[str, Any]:
    """Shared by every app of the process: treat it as read-only."""
    spec: dict[str, Any] = importlib.import_module(f"smskit_specs.{provider}_spec").SPEC
    return spec


@functools.cache
def operations(provider: str) -> dict[str, CompiledOperation]:
    """Validators are immutable: compiled once per process, however many apps are created."""
    from smskit_sim.validation import compile_operations  # the server's (jsonschema-rs): `behaviour` needs none

    return compile_operations(document(provider))
