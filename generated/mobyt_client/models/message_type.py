from enum import StrEnum


class MessageType(StrEnum):
    L = "L"
    LL = "LL"
    N = "N"

    def __str__(self) -> str:
        return str(self.value)
