from enum import StrEnum


class AiAnalyticsPerlearnerOrgsUsersInfoRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
