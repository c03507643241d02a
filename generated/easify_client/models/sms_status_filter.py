from enum import StrEnum


class SmsStatusFilter(StrEnum):
    DELIVERED = "Delivered"
    FAILED = "Failed"
    PENDING = "Pending"
    SCHEDULED = "Scheduled"
    SUCCESS = "Success"
    UNDELIVERED = "Undelivered"

    def __str__(self) -> str:
        return str(self.value)
