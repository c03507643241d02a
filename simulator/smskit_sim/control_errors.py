"""What the control client refuses: the simulator's own refusals (`SimControlError`), and a fault's operation
that its provider's spec does not have, caught before anything is sent (`check_operation`)."""

from __future__ import annotations

from smskit_sim.spec import operation_ids

__all__ = ["SimControlError", "check_operation"]


class SimControlError(Exception):
    """The control API refused a call: its HTTP `status` and `error`, which names the field and the rule."""

    def __init__(self, status: int, error: str) -> None:
        super().__init__(f"{status}: {error}")
        self.status, self.error = status, error


def check_operation(provider: str | None, operation: str | None) -> None:
    """ValueError, listing the valid ones, unless `operation` is an operationId of `provider`'s spec (of any
    provider's when `provider` is None); the simulator applies the same rule (control.yaml `Operation`)."""
    if operation is None:
        return
    known = operation_ids(provider)
    if operation not in known:
        whose = f"{provider}'s" if provider else "any provider's"
        raise ValueError(f"operation: {operation!r} is not an operationId of {whose} spec; the valid ones: "
                         + ", ".join(known))  # fmt: skip
