from enum import StrEnum


class AiAnalyticsAudienceOrgsEnrollmentsCoursesUsersRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
