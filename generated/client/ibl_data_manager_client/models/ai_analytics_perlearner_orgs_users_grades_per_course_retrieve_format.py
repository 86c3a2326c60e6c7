from enum import StrEnum


class AiAnalyticsPerlearnerOrgsUsersGradesPerCourseRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
