from enum import StrEnum


class AiAnalyticsEngagementOrgsCoursesTimeUsersDetailRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
