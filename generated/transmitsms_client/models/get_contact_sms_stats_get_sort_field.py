from enum import StrEnum


class GetContactSmsStatsGetSortField(StrEnum):
    DATETIME_SEND = "datetime_send"
    DELIVERY_STATUS = "delivery_status"
    MESSAGE_ID = "message_id"

    def __str__(self) -> str:
        return str(self.value)
