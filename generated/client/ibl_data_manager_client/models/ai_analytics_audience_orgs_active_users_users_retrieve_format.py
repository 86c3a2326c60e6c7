from enum import StrEnum


class AiAnalyticsAudienceOrgsActiveUsersUsersRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
