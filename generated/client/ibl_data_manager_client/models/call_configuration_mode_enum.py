from enum import StrEnum


class CallConfigurationModeEnum(StrEnum):
    INFERENCE = "inference"
    REALTIME = "realtime"

    def __str__(self) -> str:
        return str(self.value)
