from enum import StrEnum


class AiAnalyticsEngagementOrgsVideosRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
