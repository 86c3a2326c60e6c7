from enum import StrEnum


class EngagementOrgsCoursesVideosSummaryRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
