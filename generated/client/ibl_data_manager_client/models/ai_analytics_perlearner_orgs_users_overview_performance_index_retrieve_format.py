from enum import StrEnum


class AiAnalyticsPerlearnerOrgsUsersOverviewPerformanceIndexRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
