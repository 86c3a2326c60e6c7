from enum import StrEnum


class AiAnalyticsPerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
