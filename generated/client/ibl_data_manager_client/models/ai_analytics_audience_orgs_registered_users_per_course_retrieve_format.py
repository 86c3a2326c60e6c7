from enum import StrEnum


class AiAnalyticsAudienceOrgsRegisteredUsersPerCourseRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
