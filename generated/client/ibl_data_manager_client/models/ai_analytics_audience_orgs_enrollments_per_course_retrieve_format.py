from enum import StrEnum


class AiAnalyticsAudienceOrgsEnrollmentsPerCourseRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
