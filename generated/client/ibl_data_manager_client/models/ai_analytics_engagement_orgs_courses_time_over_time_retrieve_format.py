from enum import StrEnum


class AiAnalyticsEngagementOrgsCoursesTimeOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
