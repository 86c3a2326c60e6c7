from enum import StrEnum


class ClawTypeEnum(StrEnum):
    IRONCLAW = "ironclaw"
    OPENCLAW = "openclaw"

    def __str__(self) -> str:
        return str(self.value)
