from enum import StrEnum


class EntityTypeEnum(StrEnum):
    GLOBAL = "global"
    PLATFORM = "platform"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
