from enum import StrEnum


class EngagementOrgsCoursesTimeUsersOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
