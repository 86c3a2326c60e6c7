from enum import StrEnum


class AiAnalyticsOverviewOrgsActiveUsersRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
