from enum import StrEnum


class AiAnalyticsPerlearnerOrgsUsersVideosOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
