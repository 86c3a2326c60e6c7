from enum import StrEnum


class PerformanceOrgsCoursesGradingDetailRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
