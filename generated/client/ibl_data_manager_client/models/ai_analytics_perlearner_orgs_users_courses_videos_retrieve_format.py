from enum import StrEnum


class AiAnalyticsPerlearnerOrgsUsersCoursesVideosRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
