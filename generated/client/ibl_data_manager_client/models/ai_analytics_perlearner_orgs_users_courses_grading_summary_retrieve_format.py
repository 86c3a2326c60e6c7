from enum import StrEnum


class AiAnalyticsPerlearnerOrgsUsersCoursesGradingSummaryRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
