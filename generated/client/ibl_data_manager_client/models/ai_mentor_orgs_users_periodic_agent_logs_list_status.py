from enum import StrEnum


class AiMentorOrgsUsersPeriodicAgentLogsListStatus(StrEnum):
    ERROR = "error"
    RUNNING = "running"
    SUCCESS = "success"

    def __str__(self) -> str:
        return str(self.value)
