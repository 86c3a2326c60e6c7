from enum import StrEnum


class AudienceOrgsActiveUsersUsersRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
