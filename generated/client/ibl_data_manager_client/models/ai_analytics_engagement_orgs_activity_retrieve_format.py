from enum import StrEnum


class AiAnalyticsEngagementOrgsActivityRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
