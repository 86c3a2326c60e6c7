from enum import StrEnum


class AiAnalyticsPerlearnerOrgsUsersLastAccessRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
