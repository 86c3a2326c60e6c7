from enum import StrEnum


class AiAnalyticsPerlearnerOrgsUsersCoursesVideosOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
