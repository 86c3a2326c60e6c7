from enum import StrEnum


class AiMentorOrgsUsersCallConfigurationsListMode(StrEnum):
    INFERENCE = "inference"
    REALTIME = "realtime"

    def __str__(self) -> str:
        return str(self.value)
