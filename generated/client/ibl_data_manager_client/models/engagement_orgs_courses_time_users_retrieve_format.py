from enum import StrEnum


class EngagementOrgsCoursesTimeUsersRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
