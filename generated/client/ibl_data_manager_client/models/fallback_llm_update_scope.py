from enum import StrEnum


class FallbackLLMUpdateScope(StrEnum):
    MODEL = "model"
    PROVIDER = "provider"

    def __str__(self) -> str:
        return str(self.value)
