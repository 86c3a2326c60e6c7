from enum import StrEnum


class AutoRechargeTriggerResponseStatusEnum(StrEnum):
    SKIPPED = "skipped"
    TRIGGERED = "triggered"

    def __str__(self) -> str:
        return str(self.value)
