from enum import StrEnum


class AiMentorOrgsUsersVoicesListProvider(StrEnum):
    ELEVENLABS = "elevenlabs"
    GOOGLE = "google"
    OPENAI = "openai"

    def __str__(self) -> str:
        return str(self.value)
