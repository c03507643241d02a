"""Every public callable of smskit says what it does: `help()` and the API reference are built from these."""

from __future__ import annotations

import inspect
from collections.abc import Iterator

import smskit
import smskit.campaign
import smskit.cli
import smskit.events
import smskit.journal
import smskit.otel
import smskit.testing
import smskit.text
import smskit.webhooks

MODULES = (smskit, smskit.webhooks, smskit.text, smskit.testing, smskit.cli, smskit.events, smskit.otel,
           smskit.journal, smskit.campaign)  # fmt: skip


def _public() -> Iterator[tuple[str, object]]:
    """Public functions and classes (typing aliases aside), and the public methods and properties of classes."""
    for module in MODULES:
        for name in module.__all__:
            obj = getattr(module, name)
            if not (inspect.isclass(obj) or inspect.isfunction(obj)):  # typing aliases and click groups aside
                continue
            yield f"{module.__name__}.{name}", obj
            if inspect.isclass(obj):
                for member, value in inspect.getmembers(obj):
                    if not member.startswith("_") and (inspect.isroutine(value) or isinstance(value, property)):
                        yield f"{module.__name__}.{name}.{member}", value


def test_every_public_callable_has_a_docstring() -> None:
    found = dict(_public())
    assert len(found) > 300  # the generated operations included: the walk reaches them
    missing = sorted(name for name, obj in found.items() if not (inspect.getdoc(obj) or "").strip())
    assert missing == []
