from enum import StrEnum


class InterfaceEnum(StrEnum):
    API = "api"
    CHAT = "chat"

    def __str__(self) -> str:
        return str(self.value)
