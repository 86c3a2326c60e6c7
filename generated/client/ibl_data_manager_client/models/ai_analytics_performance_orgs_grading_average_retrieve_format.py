from enum import StrEnum


class AiAnalyticsPerformanceOrgsGradingAverageRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
