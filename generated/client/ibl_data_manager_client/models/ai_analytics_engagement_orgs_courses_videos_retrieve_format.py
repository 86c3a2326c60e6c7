from enum import StrEnum


class AiAnalyticsEngagementOrgsCoursesVideosRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
