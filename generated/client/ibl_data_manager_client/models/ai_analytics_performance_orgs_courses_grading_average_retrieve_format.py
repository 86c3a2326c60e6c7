from enum import StrEnum


class AiAnalyticsPerformanceOrgsCoursesGradingAverageRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
