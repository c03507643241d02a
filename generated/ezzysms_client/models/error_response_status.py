from enum import StrEnum


class ErrorResponseStatus(StrEnum):
    ERROR = "error"

    def __str__(self) -> str:
        return str(self.value)
