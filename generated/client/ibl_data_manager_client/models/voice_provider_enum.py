from enum import StrEnum


class VoiceProviderEnum(StrEnum):
    ELEVENLABS = "elevenlabs"
    GOOGLE = "google"
    OPENAI = "openai"

    def __str__(self) -> str:
        return str(self.value)
