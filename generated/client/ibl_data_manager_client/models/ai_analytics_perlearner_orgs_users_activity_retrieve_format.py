from enum import StrEnum


class AiAnalyticsPerlearnerOrgsUsersActivityRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
