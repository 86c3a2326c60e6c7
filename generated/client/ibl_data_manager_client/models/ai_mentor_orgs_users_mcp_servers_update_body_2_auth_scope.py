from enum import StrEnum


class AiMentorOrgsUsersMcpServersUpdateBody2AuthScope(StrEnum):
    MENTOR = "mentor"
    PLATFORM = "platform"
    USER = "user"

    def __str__(self) -> str:
        return str(self.value)
