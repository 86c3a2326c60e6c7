from enum import StrEnum


class AiAnalyticsAudienceOrgsActiveUsersOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
