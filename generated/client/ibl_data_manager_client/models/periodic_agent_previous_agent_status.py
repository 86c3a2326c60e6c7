from enum import StrEnum


class PeriodicAgentPreviousAgentStatus(StrEnum):
    ERROR = "error"
    PENDING = "pending"
    RUNNING = "running"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
