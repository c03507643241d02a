"""The provider specs that ship with the package: their typed behaviour, the documents, and their paths.

The specs are the single source of truth: the overlay reads rate limits, batching, text limits, sender rules
and error tables from them instead of repeating them as constants. It reads them compiled: `tools/generate.py`
turns each specs/<id>.yaml, once, into `smskit_specs.<id>.PROVIDER` (typed, `smskit_specs.model`) and
`smskit_specs.<id>_spec.SPEC` (the document, `$ref`s resolved), so nothing parses YAML at run time.
`load_spec` still parses the YAML itself, for tests and tools that want the document as written; it needs PyYAML.
"""

from __future__ import annotations

import functools
import importlib
from importlib import resources
from pathlib import Path
from typing import Any, Final

import smskit_specs
from smskit_specs.model import (
    AlphanumericSender,
    Batch,
    ErrorEntry,
    NumericSender,
    Operation,
    ProviderSpec,
    RateLimit,
    SenderRules,
    TextRules,
)

__all__ = ["PROVIDERS", "AlphanumericSender", "Batch", "ErrorEntry", "NumericSender", "Operation", "ProviderId",
           "ProviderSpec", "RateLimit", "SenderRules", "TextRules", "load_spec", "provider_spec", "resolved_spec",
           "spec_path"]  # fmt: skip

PROVIDERS: Final = smskit_specs.PROVIDERS
"""The provider ids, in the order of the specs (`smskit.client(<id>, ...)`)."""
ProviderId = smskit_specs.ProviderId
"""One of `PROVIDERS`, as a type: annotate a provider id read at run time with it."""


def spec_path(provider: str) -> Path:
    """The path of `provider`'s spec: packaged in the wheel, or in the checkout for a source tree."""
    if provider not in PROVIDERS:
        raise ValueError(f"provider must be one of {', '.join(PROVIDERS)}; got {provider!r}")
    packaged = Path(str(resources.files("smskit"))) / "_specs" / f"{provider}.yaml"
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "specs" / f"{provider}.yaml"


@functools.cache
def resolved_spec(provider: str) -> dict[str, Any]:
    """`provider`'s spec as compiled at generation, every `$ref` resolved (shared; treat it as read-only)."""
    if provider not in PROVIDERS:
        raise ValueError(f"provider must be one of {', '.join(PROVIDERS)}; got {provider!r}")
    spec: dict[str, Any] = importlib.import_module(f"smskit_specs.{provider}_spec").SPEC
    return spec


@functools.cache
def load_spec(provider: str) -> dict[str, object]:
    """The spec of `provider` parsed from its YAML, `$ref`s as written (cached; treat it as read-only).

    For tests and tools: needs PyYAML (the `test` extra). The run-time paths read `resolved_spec`.
    """
    import yaml  # only here: importing smskit, making clients and the simulator never parse YAML

    with spec_path(provider).open(encoding="utf-8") as fh:
        spec: dict[str, object] = yaml.safe_load(fh)
    return spec


@functools.cache
def provider_spec(provider: str) -> ProviderSpec:
    """The typed behaviour of `provider`, compiled at generation (`smskit_specs.<id>.PROVIDER`)."""
    if provider not in PROVIDERS:
        raise ValueError(f"provider must be one of {', '.join(PROVIDERS)}; got {provider!r}")
    spec: ProviderSpec = importlib.import_module(f"smskit_specs.{provider}").PROVIDER
    return spec
