from enum import StrEnum


class AiAnalyticsUserGroupsOrgsRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
