from enum import StrEnum


class AudienceOrgsRegisteredUsersOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
