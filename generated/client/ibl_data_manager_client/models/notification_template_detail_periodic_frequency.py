from enum import StrEnum


class NotificationTemplateDetailPeriodicFrequency(StrEnum):
    CUSTOM = "CUSTOM"
    DAILY = "DAILY"
    MONTHLY = "MONTHLY"
    WEEKLY = "WEEKLY"

    def __str__(self) -> str:
        return str(self.value)
