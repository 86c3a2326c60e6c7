from enum import StrEnum


class AiAnalyticsPerlearnerOrgsUsersRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
