from enum import StrEnum


class AudienceOrgsRegisteredUsersRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
