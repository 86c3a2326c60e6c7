from enum import StrEnum


class NotificationCountStatus(StrEnum):
    CANCELLED = "CANCELLED"
    READ = "READ"
    UNREAD = "UNREAD"

    def __str__(self) -> str:
        return str(self.value)
