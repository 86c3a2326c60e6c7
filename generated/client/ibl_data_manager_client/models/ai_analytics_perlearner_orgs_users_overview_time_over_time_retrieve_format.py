from enum import StrEnum


class AiAnalyticsPerlearnerOrgsUsersOverviewTimeOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
