from enum import StrEnum


class SendMessageResponseStatus(StrEnum):
    PROCESSED = "Processed"
    QUEUED = "Queued"
    SENT = "Sent"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
