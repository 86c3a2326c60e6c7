from enum import StrEnum


class AiAnalyticsOverviewOrgsAverageGradeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
