from enum import StrEnum


class AiAnalyticsEngagementOrgsTimeAverageWithOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
