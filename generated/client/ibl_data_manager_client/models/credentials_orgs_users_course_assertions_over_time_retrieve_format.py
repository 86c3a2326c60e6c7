from enum import StrEnum


class CredentialsOrgsUsersCourseAssertionsOverTimeRetrieveFormat(StrEnum):
    JSON = "json"

    def __str__(self) -> str:
        return str(self.value)
