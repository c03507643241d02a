from enum import StrEnum


class PaymentMethod(StrEnum):
    FIXED = "fixed"
    VARIABLE = "variable"

    def __str__(self) -> str:
        return str(self.value)
