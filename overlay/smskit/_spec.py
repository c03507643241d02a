"""Find and load the provider specs that ship with the package.

The specs are the single source of truth: the overlay reads rate limits, batching and error tables
(the `x-smskit-*` extensions) from them at run time instead of repeating them as constants.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Any, Final

import yaml

__all__ = ["PROVIDERS", "load_spec", "spec_path"]

PROVIDERS: Final = ("easysendsms", "ezzysms", "easify", "transmitsms", "mobyt")


def spec_path(provider: str) -> Path:
    """The path of `provider`'s spec: packaged in the wheel, or in the checkout for a source tree."""
    if provider not in PROVIDERS:
        raise ValueError(f"provider must be one of {', '.join(PROVIDERS)}; got {provider!r}")
    packaged = Path(str(resources.files("smskit"))) / "_specs" / f"{provider}.yaml"
    if packaged.is_file():
        return packaged
    return Path(__file__).resolve().parents[2] / "specs" / f"{provider}.yaml"


@functools.cache
def load_spec(provider: str) -> dict[str, Any]:
    """The parsed spec of `provider` (cached; treat it as read-only)."""
    with spec_path(provider).open(encoding="utf-8") as fh:
        spec: dict[str, Any] = yaml.safe_load(fh)
    return spec
