from enum import StrEnum


class PerformanceOrgsCoursesGradingAverageWithCutoffRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
