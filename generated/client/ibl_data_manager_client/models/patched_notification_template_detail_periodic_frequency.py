from enum import StrEnum


class PatchedNotificationTemplateDetailPeriodicFrequency(StrEnum):
    CUSTOM = "CUSTOM"
    DAILY = "DAILY"
    MONTHLY = "MONTHLY"
    WEEKLY = "WEEKLY"

    def __str__(self) -> str:
        return str(self.value)
