from enum import StrEnum


class AiAnalyticsEngagementOrgsCoursesTimeUsersRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
