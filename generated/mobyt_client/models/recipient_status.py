from enum import StrEnum


class RecipientStatus(StrEnum):
    BLACKLISTED = "BLACKLISTED"
    DEMO = "DEMO"
    DLVRD = "DLVRD"
    ERROR = "ERROR"
    INVALIDCONTENTS = "INVALIDCONTENTS"
    INVALIDDST = "INVALIDDST"
    KO = "KO"
    SCHEDULED = "SCHEDULED"
    SENT = "SENT"
    TIMEOUT = "TIMEOUT"
    TOOM4NUM = "TOOM4NUM"
    TOOM4USER = "TOOM4USER"
    UNKNPFX = "UNKNPFX"
    UNKNRCPT = "UNKNRCPT"
    WAIT4DLVR = "WAIT4DLVR"
    WAITING = "WAITING"

    def __str__(self) -> str:
        return str(self.value)
