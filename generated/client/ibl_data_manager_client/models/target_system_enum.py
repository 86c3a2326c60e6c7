from enum import StrEnum


class TargetSystemEnum(StrEnum):
    MODERATION_SYSTEM = "Moderation System"
    SAFETY_SYSTEM = "Safety System"

    def __str__(self) -> str:
        return str(self.value)
