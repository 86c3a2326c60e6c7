from enum import StrEnum


class EngagementOrgsCoursesTimeAverageRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
