from enum import StrEnum


class KeywordsFilter(StrEnum):
    OMIT = "omit"
    ONLY = "only"

    def __str__(self) -> str:
        return str(self.value)
