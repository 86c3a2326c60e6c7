from enum import StrEnum


class AiMentorOrgsUsersDisclaimersListScope(StrEnum):
    MENTOR = "mentor"
    PLATFORM = "platform"

    def __str__(self) -> str:
        return str(self.value)
