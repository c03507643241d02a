from enum import StrEnum


class SendCountryCode(StrEnum):
    VALUE_0 = "+1"
    VALUE_1 = "+972"
    VALUE_2 = "+44"

    def __str__(self) -> str:
        return str(self.value)
