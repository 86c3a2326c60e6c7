from enum import StrEnum


class NotificationSourceTypeEnum(StrEnum):
    CSV = "csv"
    DEPARTMENT = "department"
    EMAIL = "email"
    PATHWAY = "pathway"
    PLATFORM = "platform"
    PROGRAM = "program"
    USERGROUP = "usergroup"
    USERNAME = "username"

    def __str__(self) -> str:
        return str(self.value)
