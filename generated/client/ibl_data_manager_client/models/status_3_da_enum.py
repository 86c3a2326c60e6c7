from enum import StrEnum


class Status3DaEnum(StrEnum):
    CANCELLED = "CANCELLED"
    READ = "READ"
    UNREAD = "UNREAD"

    def __str__(self) -> str:
        return str(self.value)
