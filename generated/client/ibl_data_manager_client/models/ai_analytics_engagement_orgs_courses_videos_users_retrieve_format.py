from enum import StrEnum


class AiAnalyticsEngagementOrgsCoursesVideosUsersRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
