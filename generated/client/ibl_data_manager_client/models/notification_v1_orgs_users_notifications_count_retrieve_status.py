from enum import StrEnum


class NotificationV1OrgsUsersNotificationsCountRetrieveStatus(StrEnum):
    CANCELLED = "CANCELLED"
    READ = "READ"
    UNREAD = "UNREAD"

    def __str__(self) -> str:
        return str(self.value)
