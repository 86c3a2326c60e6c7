from enum import StrEnum


class CredentialsOrgsUsersCredentialsOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
