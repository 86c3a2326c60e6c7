from enum import StrEnum


class AiAnalyticsPerlearnerOrgsUsersCoursesOverviewPerformanceIndexRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
