from enum import StrEnum


class ScopeC1DEnum(StrEnum):
    MODEL = "model"
    PROVIDER = "provider"

    def __str__(self) -> str:
        return str(self.value)
