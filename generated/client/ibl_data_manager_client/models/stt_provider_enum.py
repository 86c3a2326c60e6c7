from enum import StrEnum


class SttProviderEnum(StrEnum):
    AZURE_OPENAI = "azure_openai"
    CARTESIA = "cartesia"
    DEEPGRAM = "deepgram"
    GOOGLE = "google"
    OPENAI = "openai"

    def __str__(self) -> str:
        return str(self.value)
