from enum import StrEnum


class DeliveryReportResponse(StrEnum):
    DELIVRD = "DELIVRD"
    EXPIRED = "EXPIRED"
    UNDELIV = "UNDELIV"

    def __str__(self) -> str:
        return str(self.value)
