"""Testing with the simulator: its control API as typed calls, sync and async, in-process or over HTTP.

    from smskit_sim.testing import SimControl

    sim = SimControl.in_process()                    # or SimControl("http://127.0.0.1:8787")
    sim.add_fault("drop", provider="mobyt", operation="sendSms", count=1)
    ...                                              # the code under test sends, to sim.base_url("mobyt")
    assert [m.status for m in sim.messages("mobyt")] == ["queued"]

The pytest plugin (`smskit_sim.pytest_plugin`, loaded by pytest whenever `smskit[sim]` is installed) gives
these as fixtures, with per-provider clients wired to them.
"""

from smskit_sim._async.control_client import AsyncSimControl
from smskit_sim._sync.control_client import SimControl
from smskit_sim.control_errors import SimControlError
from smskit_specs.sim_models import (
    Account,
    AccountUpdate,
    Callback,
    DamageName,
    Fault,
    FaultFields,
    FaultKind,
    InboundMessage,
    Message,
    MessageStatus,
)

__all__ = [
    "Account",
    "AccountUpdate",
    "AsyncSimControl",
    "Callback",
    "DamageName",
    "Fault",
    "FaultFields",
    "FaultKind",
    "InboundMessage",
    "Message",
    "MessageStatus",
    "SimControl",
    "SimControlError",
]
