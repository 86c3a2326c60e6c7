from enum import StrEnum


class TtsProviderEnum(StrEnum):
    AZURE_OPENAI = "azure_openai"
    ELEVENLABS = "elevenlabs"
    GOOGLE = "google"
    OPENAI = "openai"

    def __str__(self) -> str:
        return str(self.value)
