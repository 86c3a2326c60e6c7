from enum import StrEnum


class CredentialsOrgsUsersAssertionsOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
