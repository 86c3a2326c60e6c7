from enum import StrEnum


class PerformanceOrgsCoursesGradingAverageRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
