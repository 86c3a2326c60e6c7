from enum import StrEnum


class AiMentorOrgsUsersPeriodicAgentsListPreviousAgentStatus(StrEnum):
    ERROR = "error"
    PENDING = "pending"
    RUNNING = "running"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
