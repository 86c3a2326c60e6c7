from enum import StrEnum


class EngagementOrgsCourseCompletionOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
