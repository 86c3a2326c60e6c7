from enum import StrEnum


class NotificationsUpdateStatus(StrEnum):
    CANCELLED = "CANCELLED"
    READ = "READ"
    UNREAD = "UNREAD"

    def __str__(self) -> str:
        return str(self.value)
