from enum import StrEnum


class PerformanceOrgsCoursesGradingSummaryRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
