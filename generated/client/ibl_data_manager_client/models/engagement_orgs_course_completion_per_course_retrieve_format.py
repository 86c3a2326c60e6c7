from enum import StrEnum


class EngagementOrgsCourseCompletionPerCourseRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
