from enum import StrEnum


class PerformanceOrgsGradingPerCourseRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
