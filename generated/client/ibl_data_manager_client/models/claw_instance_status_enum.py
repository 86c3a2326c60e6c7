from enum import StrEnum


class ClawInstanceStatusEnum(StrEnum):
    ACTIVE = "active"
    ERROR = "error"
    INACTIVE = "inactive"

    def __str__(self) -> str:
        return str(self.value)
