from enum import StrEnum


class EngagementOrgsCoursesTimeDetailRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
