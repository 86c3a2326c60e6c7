from enum import StrEnum


class AiAnalyticsPerlearnerOrgsUsersCoursesOverviewTimeOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
