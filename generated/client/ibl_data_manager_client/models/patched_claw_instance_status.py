from enum import StrEnum


class PatchedClawInstanceStatus(StrEnum):
    ACTIVE = "active"
    ERROR = "error"
    INACTIVE = "inactive"

    def __str__(self) -> str:
        return str(self.value)
