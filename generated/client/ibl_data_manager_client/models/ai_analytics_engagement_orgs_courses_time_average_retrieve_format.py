from enum import StrEnum


class AiAnalyticsEngagementOrgsCoursesTimeAverageRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
