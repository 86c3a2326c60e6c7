from enum import StrEnum


class AiAnalyticsEngagementOrgsCoursesVideosOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
