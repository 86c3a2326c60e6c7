from enum import StrEnum


class AiAnalyticsOverviewOrgsLearnersRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
