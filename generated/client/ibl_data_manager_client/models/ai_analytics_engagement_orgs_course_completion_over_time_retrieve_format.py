from enum import StrEnum


class AiAnalyticsEngagementOrgsCourseCompletionOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
