"""No `Any` in a public signature of smskit: every name `smskit` exports, and every public method of the
classes among them (the generated operation methods included), states real types.

The annotations are read as written (every module uses `from __future__ import annotations`), so the check
needs no import of the models they name; mypy --strict (nox -s lint) checks that they are right.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable, Iterator

import smskit

_ANY = re.compile(r"\bAny\b")


def _public_names() -> Iterator[tuple[str, object]]:
    """Every name of `smskit.__all__`, and of each public submodule's (`smskit.webhooks`, ...)."""
    modules = [smskit] + [
        importlib.import_module(f"smskit.{m.name}") for m in pkgutil.iter_modules(smskit.__path__) if m.name[0] != "_"
    ]
    for module in modules:
        prefix = "" if module is smskit else module.__name__.removeprefix("smskit.") + "."
        for name in module.__all__:
            yield prefix + name, getattr(module, name)


def _signatures() -> Iterator[tuple[str, Callable[..., object]]]:
    for name, found in _public_names():
        value = inspect.unwrap(found)  # functools.cache and friends: the function they wrap
        if inspect.isclass(value):
            for attr, member in inspect.getmembers(value):
                if attr.startswith("_") and attr != "__init__":
                    continue
                if inspect.isfunction(member):
                    yield f"{name}.{attr}", member
        elif inspect.isfunction(value):
            yield name, value


def _annotations(function: Callable[..., object]) -> list[str]:
    signature = inspect.signature(function, eval_str=False)
    texts = [str(p.annotation) for p in signature.parameters.values() if p.annotation is not p.empty]
    if signature.return_annotation is not signature.empty:
        texts.append(str(signature.return_annotation))
    return texts


def test_the_check_sees_the_generated_operations() -> None:
    """The walk reaches the generated methods (else the check below could pass by seeing nothing)."""
    names = {name for name, _ in _signatures()}
    assert {"TransmitSMS.get_sms_sent", "AsyncMobyt.get_sms_state", "Easify.send", "client",
            "webhooks.parse_delivery_report"} <= names  # fmt: skip


def test_no_public_signature_mentions_any() -> None:
    offenders = sorted(
        f"{name}: {text}" for name, fn in _signatures() for text in _annotations(fn) if _ANY.search(text)
    )
    assert offenders == []
