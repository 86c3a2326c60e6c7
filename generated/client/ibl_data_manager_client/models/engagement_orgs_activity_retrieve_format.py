from enum import StrEnum


class EngagementOrgsActivityRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
