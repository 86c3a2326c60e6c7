from enum import StrEnum


class AiAnalyticsAudienceOrgsEnrollmentsOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
