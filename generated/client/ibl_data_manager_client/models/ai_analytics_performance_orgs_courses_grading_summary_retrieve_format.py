from enum import StrEnum


class AiAnalyticsPerformanceOrgsCoursesGradingSummaryRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
