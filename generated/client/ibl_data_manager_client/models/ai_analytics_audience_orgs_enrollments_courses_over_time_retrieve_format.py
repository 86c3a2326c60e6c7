from enum import StrEnum


class AiAnalyticsAudienceOrgsEnrollmentsCoursesOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
