from enum import StrEnum


class AiAnalyticsOverviewOrgsMostActiveCoursesRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
