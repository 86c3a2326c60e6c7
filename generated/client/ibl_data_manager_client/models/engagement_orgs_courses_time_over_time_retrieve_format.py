from enum import StrEnum


class EngagementOrgsCoursesTimeOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
