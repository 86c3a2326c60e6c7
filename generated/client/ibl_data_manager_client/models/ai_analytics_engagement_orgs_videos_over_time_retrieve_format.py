from enum import StrEnum


class AiAnalyticsEngagementOrgsVideosOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
