from enum import StrEnum


class AiAnalyticsEngagementOrgsTimeAveragePerlearnerPercourseRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
