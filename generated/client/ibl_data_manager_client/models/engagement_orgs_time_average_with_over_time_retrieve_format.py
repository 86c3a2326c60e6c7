from enum import StrEnum


class EngagementOrgsTimeAverageWithOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
