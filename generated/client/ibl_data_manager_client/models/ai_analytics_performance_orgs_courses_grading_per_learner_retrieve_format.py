from enum import StrEnum


class AiAnalyticsPerformanceOrgsCoursesGradingPerLearnerRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
