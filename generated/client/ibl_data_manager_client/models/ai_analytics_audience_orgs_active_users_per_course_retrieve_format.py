from enum import StrEnum


class AiAnalyticsAudienceOrgsActiveUsersPerCourseRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
