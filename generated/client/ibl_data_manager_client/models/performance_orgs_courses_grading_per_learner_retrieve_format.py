from enum import StrEnum


class PerformanceOrgsCoursesGradingPerLearnerRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
