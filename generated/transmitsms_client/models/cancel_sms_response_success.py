from enum import StrEnum


class CancelSmsResponseSuccess(StrEnum):
    OK = "OK"

    def __str__(self) -> str:
        return str(self.value)
