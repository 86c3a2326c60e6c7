from enum import StrEnum


class AiAnalyticsAudienceOrgsRegisteredUsersRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
