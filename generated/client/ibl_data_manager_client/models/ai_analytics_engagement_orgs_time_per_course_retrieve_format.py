from enum import StrEnum


class AiAnalyticsEngagementOrgsTimePerCourseRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
