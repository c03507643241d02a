from enum import StrEnum


class ResponseStyle(StrEnum):
    ARRAY = "array"

    def __str__(self) -> str:
        return str(self.value)
