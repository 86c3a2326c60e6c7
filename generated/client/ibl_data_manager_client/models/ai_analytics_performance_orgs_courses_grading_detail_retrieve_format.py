from enum import StrEnum


class AiAnalyticsPerformanceOrgsCoursesGradingDetailRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
