from enum import StrEnum


class AiAnalyticsPerlearnerOrgsUsersCoursesOverviewGradeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
