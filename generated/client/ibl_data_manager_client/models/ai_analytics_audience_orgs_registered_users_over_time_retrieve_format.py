from enum import StrEnum


class AiAnalyticsAudienceOrgsRegisteredUsersOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
