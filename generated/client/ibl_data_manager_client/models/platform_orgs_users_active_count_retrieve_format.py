from enum import StrEnum


class PlatformOrgsUsersActiveCountRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
