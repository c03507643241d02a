from enum import IntEnum


class SendMessageResponseStatusCode(IntEnum):
    VALUE_200 = 200
    VALUE_201 = 201
    VALUE_202 = 202

    def __str__(self) -> str:
        return str(self.value)
