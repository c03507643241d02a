from enum import StrEnum


class SendMessageResponseDeliveryStatus(StrEnum):
    PROCESSED = "Processed"
    QUEUED = "Queued"
    SENT = "Sent"

    def __str__(self) -> str:
        return str(self.value)
