from enum import StrEnum


class AiAnalyticsEngagementOrgsTimeOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
