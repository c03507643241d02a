"""smskit_sim: a local, stateful simulator of every smskit provider's gateway.

`create_app()` returns one ASGI app with each provider under `/<provider id>` and the control API under
`/_sim/`; `smskit-sim` serves it. Nothing it does costs money or texts anyone.
"""

from smskit_sim.app import Simulator, create_app

__all__ = ["Simulator", "create_app"]
