from enum import StrEnum


class AiAnalyticsEngagementOrgsCourseCompletionPerCourseRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
