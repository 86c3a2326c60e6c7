from enum import StrEnum


class ProvisionModeEnum(StrEnum):
    MANAGED = "managed"
    SELF_HOSTED = "self_hosted"

    def __str__(self) -> str:
        return str(self.value)
