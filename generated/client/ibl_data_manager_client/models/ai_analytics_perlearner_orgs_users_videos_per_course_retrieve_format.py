from enum import StrEnum


class AiAnalyticsPerlearnerOrgsUsersVideosPerCourseRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
