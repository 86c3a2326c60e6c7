from enum import StrEnum


class TrainingStatusEnum(StrEnum):
    FAILED = "failed"
    PENDING = "pending"
    TRAINED = "trained"
    UNTRAINED = "untrained"

    def __str__(self) -> str:
        return str(self.value)
