from enum import StrEnum


class AiAnalyticsPerlearnerOrgsUsersOverviewEngagementIndexRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
