from enum import StrEnum


class AudienceOrgsActiveUsersOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
