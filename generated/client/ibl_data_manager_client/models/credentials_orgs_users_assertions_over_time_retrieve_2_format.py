from enum import StrEnum


class CredentialsOrgsUsersAssertionsOverTimeRetrieve2Format(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
