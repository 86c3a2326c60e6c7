from enum import StrEnum


class UserChatPrivacySettingsChatPrivacyMode(StrEnum):
    ANONYMIZED = "anonymized"
    DISABLED = "disabled"
    NORMAL = "normal"

    def __str__(self) -> str:
        return str(self.value)
