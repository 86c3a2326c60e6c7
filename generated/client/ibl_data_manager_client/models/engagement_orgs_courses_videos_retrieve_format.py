from enum import StrEnum


class EngagementOrgsCoursesVideosRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
