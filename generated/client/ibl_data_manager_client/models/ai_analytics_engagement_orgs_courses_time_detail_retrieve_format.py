from enum import StrEnum


class AiAnalyticsEngagementOrgsCoursesTimeDetailRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
