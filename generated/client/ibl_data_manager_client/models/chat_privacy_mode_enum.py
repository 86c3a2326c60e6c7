from enum import StrEnum


class ChatPrivacyModeEnum(StrEnum):
    ANONYMIZED = "anonymized"
    DISABLED = "disabled"
    NORMAL = "normal"

    def __str__(self) -> str:
        return str(self.value)
