from enum import StrEnum


class EngagementOrgsTimePerCourseRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
