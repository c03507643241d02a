from enum import StrEnum


class DeliveryReportCallbackStatus(StrEnum):
    DELIVERED = "delivered"
    HARD_BOUNCE = "hard-bounce"
    PENDING = "pending"
    SOFT_BOUNCE = "soft-bounce"

    def __str__(self) -> str:
        return str(self.value)
