from enum import StrEnum


class PerformanceOrgsGradingAverageRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
