"""smskit_sim: a local, stateful simulator of every smskit provider's gateway.

`create_app()` returns one ASGI app with each provider under `/<provider id>` and the control API under
`/_sim/`; `smskit-sim` serves it. Nothing it does costs money or texts anyone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from smskit_sim.app import Simulator, create_app

__all__ = ["Simulator", "create_app"]


def __getattr__(name: str) -> Any:
    # Imported when first used (PEP 562): `smskit-sim` without the `sim` extra can then say what to install
    # instead of failing on `import starlette` before its first line runs.
    if name in __all__:
        from smskit_sim import app

        return getattr(app, name)
    raise AttributeError(f"module 'smskit_sim' has no attribute {name!r}")
