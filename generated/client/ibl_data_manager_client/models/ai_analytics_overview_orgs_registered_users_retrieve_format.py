from enum import StrEnum


class AiAnalyticsOverviewOrgsRegisteredUsersRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
