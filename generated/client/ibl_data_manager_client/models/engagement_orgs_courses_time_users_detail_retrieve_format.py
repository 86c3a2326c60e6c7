from enum import StrEnum


class EngagementOrgsCoursesTimeUsersDetailRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
