from enum import StrEnum


class LlmProviderEnum(StrEnum):
    AZURE_OPENAI = "azure_openai"
    GOOGLE = "google"
    OPENAI = "openai"

    def __str__(self) -> str:
        return str(self.value)
