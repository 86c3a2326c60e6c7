from enum import StrEnum


class ClawInstanceProvisionMode(StrEnum):
    MANAGED = "managed"
    SELF_HOSTED = "self_hosted"

    def __str__(self) -> str:
        return str(self.value)
