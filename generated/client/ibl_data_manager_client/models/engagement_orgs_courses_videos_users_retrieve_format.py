from enum import StrEnum


class EngagementOrgsCoursesVideosUsersRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
