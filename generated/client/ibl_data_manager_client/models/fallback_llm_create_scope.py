from enum import StrEnum


class FallbackLLMCreateScope(StrEnum):
    MODEL = "model"
    PROVIDER = "provider"

    def __str__(self) -> str:
        return str(self.value)
