from enum import StrEnum


class PlatformOrgsUsersCountRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
