from enum import StrEnum


class NumbersFilter(StrEnum):
    AVAILABLE = "available"
    OWNED = "owned"

    def __str__(self) -> str:
        return str(self.value)
