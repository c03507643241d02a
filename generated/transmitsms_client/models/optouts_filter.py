from enum import StrEnum


class OptoutsFilter(StrEnum):
    INCLUDE = "include"
    OMIT = "omit"
    ONLY = "only"

    def __str__(self) -> str:
        return str(self.value)
