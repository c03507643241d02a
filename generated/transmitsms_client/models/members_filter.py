from enum import StrEnum


class MembersFilter(StrEnum):
    ACTIVE = "active"
    ALL = "all"
    INACTIVE = "inactive"
    NONE = "none"

    def __str__(self) -> str:
        return str(self.value)
