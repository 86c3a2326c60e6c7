from enum import StrEnum


class PatchedClawInstanceDeployState(StrEnum):
    DEPLOYING = "deploying"
    FAILED = "failed"
    PENDING = "pending"
    READY = "ready"
    TEARDOWN = "teardown"

    def __str__(self) -> str:
        return str(self.value)
