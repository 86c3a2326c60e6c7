from enum import StrEnum


class DeployStateEnum(StrEnum):
    DEPLOYING = "deploying"
    FAILED = "failed"
    PENDING = "pending"
    READY = "ready"
    TEARDOWN = "teardown"

    def __str__(self) -> str:
        return str(self.value)
