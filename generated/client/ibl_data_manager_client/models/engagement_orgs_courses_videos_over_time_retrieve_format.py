from enum import StrEnum


class EngagementOrgsCoursesVideosOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
