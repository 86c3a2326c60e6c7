from enum import StrEnum


class Provider63AEnum(StrEnum):
    OPENAI = "openai"

    def __str__(self) -> str:
        return str(self.value)
