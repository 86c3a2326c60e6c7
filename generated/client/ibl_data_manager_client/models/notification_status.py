from enum import StrEnum


class NotificationStatus(StrEnum):
    CANCELLED = "CANCELLED"
    READ = "READ"
    UNREAD = "UNREAD"
    VALUE_3 = ""

    def __str__(self) -> str:
        return str(self.value)
