from enum import StrEnum


class AiAnalyticsEngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
