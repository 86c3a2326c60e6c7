from enum import StrEnum


class AiMentorOrgsUsersMcpServersListAuthScope(StrEnum):
    MENTOR = "mentor"
    PLATFORM = "platform"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
