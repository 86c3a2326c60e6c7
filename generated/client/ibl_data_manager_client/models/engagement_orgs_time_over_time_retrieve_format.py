from enum import StrEnum


class EngagementOrgsTimeOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
