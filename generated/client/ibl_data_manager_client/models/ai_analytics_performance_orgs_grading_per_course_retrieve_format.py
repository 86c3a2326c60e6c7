from enum import StrEnum


class AiAnalyticsPerformanceOrgsGradingPerCourseRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
