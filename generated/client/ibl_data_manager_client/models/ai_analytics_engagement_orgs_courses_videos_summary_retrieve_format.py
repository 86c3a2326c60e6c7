from enum import StrEnum


class AiAnalyticsEngagementOrgsCoursesVideosSummaryRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
